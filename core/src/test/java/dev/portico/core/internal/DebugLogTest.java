package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The warning that debug mode came from the environment is logged once per JVM (see also LambdaRuntimeTest). */
class DebugLogTest {

    @Test
    void environmentWarningIsLoggedOnce() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.portico");
        logger.addHandler(capture);
        try {
            DebugLog.warnFromEnvironment();
            DebugLog.warnFromEnvironment();
        } finally {
            logger.removeHandler(capture);
        }
        // Nothing else warns in the tests' JVM: they run without POWERTOOLS_DEV.
        assertEquals(1, records.size());
        assertEquals(java.util.logging.Level.WARNING, records.get(0).getLevel());
        assertEquals("Debug mode is on because POWERTOOLS_DEV or POWERTOOLS_EVENT_HANDLER_DEBUG is set: responses"
                + " carry stack traces and events are logged. Never set it in production.", records.get(0).getMessage());
    }
}
