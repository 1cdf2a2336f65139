package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Portico's one-line log records, JSON and text, as Lambda's log controls ask. */
class LogFormatTest {
    private static final Instant AT = Instant.parse("2026-12-06T22:10:00.123456Z");
    private static final Log.Fields FIELDS = new Log.Fields("8476a536-e9f4-11e8-9739-2dfe598c3fcd", "c6af9ac6-7b61",
            "GET /todos/{id}");

    private static LogRecord record(java.util.logging.Level level, String message, Throwable thrown, Log.Fields fields) {
        LogRecord r = new LogFormat.RequestRecord(level, message, fields);
        r.setLoggerName("dev.portico");
        r.setInstant(AT);
        r.setThrown(thrown);
        return r;
    }

    @Test
    void jsonIsOneObjectPerLineWithLambdasRequestIdAndTheStackTraceAsOneField() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom \"quoted\"\nsecond line");
        String line = LogFormat.line(record(java.util.logging.Level.SEVERE, "Unhandled exception answering GET /todos/1",
                boom, FIELDS), true);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        String trace = Log.stackTrace(boom);
        JsonNode expected = new ObjectMapper().createObjectNode()
                .put("timestamp", "2026-12-06T22:10:00.123Z")
                .put("level", "ERROR")
                .put("message", "Unhandled exception answering GET /todos/1")
                .put("logger", "dev.portico")
                .put("requestId", "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
                .put("correlationId", "c6af9ac6-7b61")
                .put("route", "GET /todos/{id}")
                .put("errorType", "java.lang.IllegalStateException")
                .put("errorMessage", "boom \"quoted\"\nsecond line")
                .put("stackTrace", trace);
        assertEquals(expected, new ObjectMapper().readTree(line));
        // Keys in this order, nothing else.
        assertEquals("{\"timestamp\":\"2026-12-06T22:10:00.123Z\",\"level\":\"ERROR\",\"message\":", line.substring(0, 66));
    }

    @Test
    void jsonLeavesOutWhatARecordDoesNotHaveAndEscapesHostileText() throws Exception {
        String hostile = "Zo\u00eb \u6771\u4eac \u0001 \u2028 </script> \\ \"" + "x".repeat(10_000);
        String line = LogFormat.line(record(java.util.logging.Level.FINE, hostile, null, Log.Fields.NONE), true);
        JsonNode node = new ObjectMapper().readTree(line);
        assertEquals(hostile, node.get("message").asText());
        assertEquals("DEBUG", node.get("level").asText());
        assertNull(node.get("requestId"));
        assertNull(node.get("stackTrace"));
        assertEquals(4, node.size(), line.substring(0, 80));
    }

    @Test
    void textIsOneLinePerRecord() {
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        String line = LogFormat.line(record(java.util.logging.Level.WARNING, "first\nsecond", bad, FIELDS), false);
        String trace = Log.stackTrace(bad).stripTrailing().replace("\\", "\\\\").replace("\n", "\\n");
        assertEquals("2026-12-06T22:10:00.123Z 8476a536-e9f4-11e8-9739-2dfe598c3fcd WARN dev.portico first\\nsecond"
                + " correlationId=c6af9ac6-7b61 route=GET /todos/{id} " + trace, line);
        assertEquals("2026-12-06T22:10:00.123Z INFO dev.portico Route GET /x",
                LogFormat.line(record(java.util.logging.Level.INFO, "Route GET /x", null, Log.Fields.NONE), false));
    }

    @Test
    void aPlainRecordFromAnotherPorticoLoggerHasNoRequestFields() {
        LogRecord plain = new LogRecord(java.util.logging.Level.INFO, "Listening on http://127.0.0.1:8080");
        plain.setLoggerName("dev.portico.server");
        plain.setInstant(AT);
        assertEquals("2026-12-06T22:10:00.123Z INFO dev.portico.server Listening on http://127.0.0.1:8080",
                LogFormat.line(plain, false));
    }

    /** System.Logger's {@code log(level, format, params...)}, as the local server logs: placeholders filled. */
    @Test
    void parametersFillTheirPlaceholders() {
        LogRecord r = new LogRecord(java.util.logging.Level.INFO, "Portico local server on port {0} stopped ({1})");
        r.setParameters(new Object[] {"8080", "drained"});
        r.setLoggerName("dev.portico.server");
        r.setInstant(AT);
        assertEquals("2026-12-06T22:10:00.123Z INFO dev.portico.server Portico local server on port 8080 stopped (drained)",
                LogFormat.line(r, false));
        LogRecord broken = new LogRecord(java.util.logging.Level.INFO, "not a pattern {x");
        broken.setParameters(new Object[] {"1"});
        broken.setLoggerName("dev.portico.server");
        broken.setInstant(AT);
        assertEquals("2026-12-06T22:10:00.123Z INFO dev.portico.server not a pattern {x", LogFormat.line(broken, false));
    }

    @Test
    void lambdaLogLevelNames() {
        assertEquals(Level.TRACE, LogFormat.minimumLevel("TRACE"));
        assertEquals(Level.DEBUG, LogFormat.minimumLevel("debug"));
        assertEquals(Level.INFO, LogFormat.minimumLevel(" INFO "));
        assertEquals(Level.WARNING, LogFormat.minimumLevel("WARN"));
        assertEquals(Level.ERROR, LogFormat.minimumLevel("ERROR"));
        assertEquals(Level.OFF, LogFormat.minimumLevel("FATAL"));
        assertNull(LogFormat.minimumLevel("LOUD"));
        assertNull(LogFormat.minimumLevel(null));
        assertEquals("WARN", Log.lambdaName(Level.WARNING));
    }
}
