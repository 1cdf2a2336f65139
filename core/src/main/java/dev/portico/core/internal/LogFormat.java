package dev.portico.core.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Portico's lines when java.util.logging is the {@link System.Logger} backend (the JDK's default):
 * one line per record, as Lambda's log controls ask.
 *
 * <p>{@code AWS_LAMBDA_LOG_FORMAT=JSON}: one JSON object per line, {@code timestamp} (ISO-8601, UTC),
 * {@code level} (TRACE, DEBUG, INFO, WARN, ERROR), {@code message}, {@code logger}, {@code requestId}
 * (Lambda's request id), {@code correlationId} (the event's own request id, e.g. API Gateway's),
 * {@code route}, and for an exception {@code errorType}, {@code errorMessage} and {@code stackTrace}
 * (one string). Otherwise one text line: {@code timestamp requestId LEVEL logger message
 * correlationId=... route=...}, a stack trace following on the same line with its line breaks
 * written as {@code \n}.
 *
 * <p>Records still go through the {@code dev.portico} java.util.logging logger, so handlers a user
 * adds there see them; Portico's own handler replaces the default console handler for that logger
 * only, and only when the application has not configured java.util.logging itself.
 */
final class LogFormat {
    private LogFormat() {
    }

    /** Held: java.util.logging keeps only weak references to its loggers, and their settings. */
    private static Logger jul;
    private static boolean json;
    private static boolean toStdout;

    /**
     * @param value {@code AWS_LAMBDA_LOG_LEVEL}
     * @return the lowest level written, or {@code null} to leave it to the backend
     */
    static Level minimumLevel(String value) {
        String v = Log.upper(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "INFO" -> Level.INFO;
            case "WARN", "WARNING" -> Level.WARNING;
            case "ERROR" -> Level.ERROR;
            // Portico writes nothing at FATAL.
            case "FATAL" -> Level.OFF;
            default -> null;
        };
    }

    /**
     * Sets Portico's handler up if java.util.logging is the backend and not configured by the
     * application.
     *
     * @param format {@code AWS_LAMBDA_LOG_FORMAT}
     * @param minimum the lowest level, or {@code null}
     * @return whether Portico writes the lines itself
     */
    static synchronized boolean install(String format, Level minimum) {
        Module backend = System.LoggerFinder.getLoggerFinder().getClass().getModule();
        boolean jdk = backend.isNamed() && (backend.getName().equals("java.base") || backend.getName().equals("java.logging"));
        if (!jdk || System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return false;
        }
        json = "JSON".equals(Log.upper(format));
        toStdout = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;
        jul = Logger.getLogger("dev.portico");
        if (minimum != null) {
            jul.setLevel(julLevel(minimum));
        }
        jul.setUseParentHandlers(false);
        jul.addHandler(new LineHandler());
        return true;
    }

    static java.util.logging.Level julLevel(Level level) {
        return switch (level) {
            case ALL -> java.util.logging.Level.ALL;
            case TRACE -> java.util.logging.Level.FINER;
            case DEBUG -> java.util.logging.Level.FINE;
            case INFO -> java.util.logging.Level.INFO;
            case WARNING -> java.util.logging.Level.WARNING;
            case ERROR -> java.util.logging.Level.SEVERE;
            case OFF -> java.util.logging.Level.OFF;
        };
    }

    private static Level level(java.util.logging.Level level) {
        int v = level.intValue();
        if (v >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (v >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARNING;
        }
        if (v >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        }
        return v >= java.util.logging.Level.FINE.intValue() ? Level.DEBUG : Level.TRACE;
    }

    /** A record that knows the request it is about. */
    static final class RequestRecord extends LogRecord {
        private static final long serialVersionUID = 1L;
        final transient Log.Fields fields;

        RequestRecord(java.util.logging.Level level, String message, Log.Fields fields) {
            super(level, message);
            this.fields = fields;
        }
    }

    static void publish(Level level, String message, Throwable thrown, Log.Fields fields) {
        java.util.logging.Level julLevel = julLevel(level);
        if (!jul.isLoggable(julLevel)) {
            return;
        }
        RequestRecord record = new RequestRecord(julLevel, message, fields);
        record.setLoggerName(jul.getName());
        record.setThrown(thrown);
        jul.log(record);
    }

    /**
     * @param record a record
     * @param json whether as JSON
     * @return its line, without the line break
     */
    static String line(LogRecord record, boolean json) {
        Log.Fields fields = record instanceof RequestRecord r ? r.fields : Log.Fields.NONE;
        String time = Instant.ofEpochMilli(record.getMillis()).truncatedTo(ChronoUnit.MILLIS).toString();
        String level = Log.lambdaName(level(record.getLevel()));
        String message = record.getMessage();
        Object[] params = record.getParameters();
        if (message != null && params != null && params.length > 0 && message.indexOf('{') >= 0) {
            // System.Logger's log(level, format, params...): MessageFormat placeholders, as JUL formats them
            try {
                message = java.text.MessageFormat.format(message, params);
            } catch (IllegalArgumentException e) {
                // not a valid pattern: the text as it is
            }
        }
        message = String.valueOf(message);
        Throwable thrown = record.getThrown();
        StringBuilder sb = new StringBuilder(256);
        if (json) {
            sb.append('{');
            member(sb, "timestamp", time);
            member(sb, "level", level);
            member(sb, "message", message);
            member(sb, "logger", record.getLoggerName());
            member(sb, "requestId", fields.requestId());
            member(sb, "correlationId", fields.correlationId());
            member(sb, "route", fields.route());
            if (thrown != null) {
                member(sb, "errorType", thrown.getClass().getName());
                member(sb, "errorMessage", thrown.getMessage());
                member(sb, "stackTrace", Log.stackTrace(thrown));
            }
            return sb.append('}').toString();
        }
        sb.append(time).append(' ');
        if (fields.requestId() != null) {
            sb.append(fields.requestId()).append(' ');
        }
        sb.append(level).append(' ').append(record.getLoggerName()).append(' ').append(oneLine(message));
        if (fields.correlationId() != null) {
            sb.append(" correlationId=").append(fields.correlationId());
        }
        if (fields.route() != null) {
            sb.append(" route=").append(fields.route());
        }
        if (thrown != null) {
            sb.append(' ').append(oneLine(Log.stackTrace(thrown).stripTrailing()));
        }
        return sb.toString();
    }

    /** Text on one line: line breaks written as {@code \n}, a backslash as two. */
    private static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    private static void member(StringBuilder sb, String name, String value) {
        if (value == null) {
            return;
        }
        if (sb.length() > 1) {
            sb.append(',');
        }
        sb.append('"').append(name).append("\":\"");
        JsonStringEncoder.getInstance().quoteAsString(value, sb);
        sb.append('"');
    }

    /** Writes each record as one line to standard output in Lambda, standard error elsewhere. */
    private static final class LineHandler extends Handler {
        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            String line = line(record, json);
            PrintStream out = toStdout ? System.out : System.err;
            synchronized (this) {
                out.println(line);
                out.flush();
            }
        }

        @Override
        public void flush() {
            (toStdout ? System.out : System.err).flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
