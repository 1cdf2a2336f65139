package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.core.LogCapture;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The warning that debug mode came from the environment is logged once per JVM (see also LambdaRuntimeTest). */
class DebugLogTest {

    @Test
    void environmentWarningIsLoggedOnce() {
        List<LogRecord> records;
        try (LogCapture capture = LogCapture.start()) {
            DebugLog.warnFromEnvironment();
            DebugLog.warnFromEnvironment();
            records = capture.records();
        }
        // Nothing else warns in the tests' JVM: they run without POWERTOOLS_DEV.
        assertEquals(1, records.size());
        assertEquals(java.util.logging.Level.WARNING, records.get(0).getLevel());
        assertEquals("Debug mode is on because POWERTOOLS_DEV or POWERTOOLS_EVENT_HANDLER_DEBUG is set: responses"
                + " carry stack traces and events are logged. Never set it in production.", records.get(0).getMessage());
    }
}
