package dev.portico.core.internal;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.api.Request;
import dev.portico.api.Route;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Portico's logging, set up on first use: looking a {@link System.Logger} up initialises the JDK's
 * logging backend, which a cold start should not pay for when nothing is logged.
 *
 * <p>{@link System.Logger} stays the facade: a user whose {@link System.LoggerFinder} is SLF4J's or
 * Log4j's gets every record there, with the per-request values appended to the message. With the
 * JDK's own backend (java.util.logging), Portico writes one line per record itself, in the format
 * Lambda's log controls ask for ({@link LogFormat}): {@code AWS_LAMBDA_LOG_FORMAT=JSON} gives one
 * JSON object per line, otherwise one text line; {@code AWS_LAMBDA_LOG_LEVEL} sets the lowest level
 * written. The per-request values (Lambda's request id, the event's own request id as correlation
 * id, the matched route) come from the request each call passes: no state is shared between
 * requests.
 */
final class Log {
    private Log() {
    }

    /** What a log line says about the request it belongs to; {@code null} parts are left out. */
    record Fields(String requestId, String correlationId, String route) {
        static final Fields NONE = new Fields(null, null, null);

        /** @return the fields as text appended to a message, for backends other than Portico's */
        String suffix() {
            StringBuilder sb = new StringBuilder();
            append(sb, "requestId", requestId);
            append(sb, "correlationId", correlationId);
            append(sb, "route", route);
            return sb.toString();
        }

        private static void append(StringBuilder sb, String name, String value) {
            if (value != null) {
                sb.append(' ').append(name).append('=').append(value);
            }
        }
    }

    private static final class Holder {
        static final System.Logger LOGGER = System.getLogger("dev.portico");
        static final Level MINIMUM = LogFormat.minimumLevel(System.getenv("AWS_LAMBDA_LOG_LEVEL"));
        /** Whether the JDK's java.util.logging is the backend, so Portico formats the lines itself. */
        static final boolean OWN_LINES = LogFormat.install(System.getenv("AWS_LAMBDA_LOG_FORMAT"), MINIMUM);
    }

    /**
     * @param request the request a record is about
     * @return its Lambda request id, correlation id (the event's own request id) and route
     */
    static Fields fields(Request request) {
        Route route = request.route();
        String spec = null;
        if (route != null) {
            spec = String.join(",", route.methods()) + " " + route.path();
        }
        return new Fields(awsRequestId(request.lambdaContext()), safe(request.requestId()), safe(spec));
    }

    /**
     * @param context the Lambda context of an event not yet decoded, or {@code null}
     * @return its Lambda request id
     */
    static Fields fields(Context context) {
        return new Fields(awsRequestId(context), null, null);
    }

    private static String awsRequestId(Context context) {
        return context == null ? null : safe(context.getAwsRequestId());
    }

    /**
     * Logs one record.
     *
     * @param level the level
     * @param message the message (client text in it made {@link #safe})
     * @param thrown the exception, or {@code null}
     * @param fields the request the record is about, or {@link Fields#NONE}
     */
    static void log(Level level, String message, Throwable thrown, Fields fields) {
        if (Holder.MINIMUM != null && level.getSeverity() < Holder.MINIMUM.getSeverity()) {
            return;
        }
        if (Holder.OWN_LINES) {
            LogFormat.publish(level, message, thrown, fields);
        } else if (Holder.LOGGER.isLoggable(level)) {
            Holder.LOGGER.log(level, message + fields.suffix(), thrown);
        }
    }

    /** {@link #log(Level, String, Throwable, Fields)} without a request. */
    static void log(Level level, String message) {
        log(level, message, null, Fields.NONE);
    }

    /**
     * @param thrown an exception
     * @return its stack trace, as {@link Throwable#printStackTrace()} writes it
     */
    static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /**
     * Client-controlled text (paths, ids) made safe for one log line: CR, LF and other control
     * characters become {@code ?}, so a request cannot forge log entries.
     *
     * @param text the text, possibly {@code null}
     * @return the text without control characters
     */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    sb.append(Character.isISOControl(c) ? '?' : c);
                }
                return sb.toString();
            }
        }
        return text;
    }

    /** @return the upper-case name Lambda uses for a level: TRACE, DEBUG, INFO, WARN, ERROR */
    static String lambdaName(Level level) {
        return switch (level) {
            case ALL, TRACE -> "TRACE";
            case DEBUG -> "DEBUG";
            case INFO -> "INFO";
            case WARNING -> "WARN";
            case ERROR, OFF -> "ERROR";
        };
    }

    static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
