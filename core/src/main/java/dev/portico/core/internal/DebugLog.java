package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.portico.api.spi.EventJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What debug mode logs besides requests and responses: each incoming event, pretty-printed, with the
 * secrets a client sends masked ({@code Authorization} and {@code Cookie} headers, single- and
 * multi-value, and the {@code cookies} array of payload 2.0 events); and, once per JVM, a warning
 * that debug mode came from the environment rather than from the code.
 */
final class DebugLog {
    /** What replaces a masked value. */
    static final String MASK = "*****";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private DebugLog() {
    }

    /** Warns, the first time only, that debug mode is on because of the environment. */
    static void warnFromEnvironment() {
        if (WARNED.compareAndSet(false, true)) {
            Log.log(Level.WARNING, "Debug mode is on because POWERTOOLS_DEV or POWERTOOLS_EVENT_HANDLER_DEBUG is set:"
                    + " responses carry stack traces and events are logged. Never set it in production.");
        }
    }

    /**
     * Logs an event as debug mode shows it.
     *
     * @param event the parsed event
     * @param fields the invocation it belongs to
     */
    static void event(Map<String, Object> event, Log.Fields fields) {
        Log.log(Level.INFO, "Event:\n" + pretty(event), null, fields);
    }

    /**
     * @param event a parsed event
     * @return the event as indented JSON (objects indented by two spaces, {@code \n}; arrays on one line), its
     *     secrets masked
     */
    static String pretty(Map<String, Object> event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            write(g, event, null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param depth 0 for the event, 1 for its members, ...
     * @param key the member name this value is under, or {@code null}
     */
    private static void write(JsonGenerator g, Object value, String key, int depth) throws IOException {
        if (value instanceof Map<?, ?> map) {
            boolean headers = "headers".equals(key) || "multiValueHeaders".equals(key);
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = String.valueOf(e.getKey());
                g.writeFieldName(name);
                if (headers && SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    masked(g, e.getValue());
                } else if (depth == 0 && name.equals("cookies")) {
                    masked(g, e.getValue());
                } else {
                    write(g, e.getValue(), name, depth + 1);
                }
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item, null, depth + 1);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    /** A secret: a string becomes {@link #MASK}, a list keeps its length with each item masked. */
    private static void masked(JsonGenerator g, Object value) throws IOException {
        if (value instanceof List<?> list) {
            g.writeStartArray();
            for (int i = 0; i < list.size(); i++) {
                g.writeString(MASK);
            }
            g.writeEndArray();
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(MASK);
        }
    }
}
