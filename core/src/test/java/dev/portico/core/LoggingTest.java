package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default System.Logger backend is java.util.logging: capture its records. */
class LoggingTest {

    @Test
    void anUnhandledExceptionIsLoggedOnceWithTheRequestId() {
        try (LogCapture capture = LogCapture.start()) {
            List<java.util.logging.LogRecord> records = capture.records();
            IllegalStateException boom = new IllegalStateException("boom");
            var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
            b.get("/boom", r -> {
                throw boom;
            });
            String event = "{\"fake\":1,\"method\":\"GET\",\"path\":\"/boom\",\"requestId\":\"req-42\"}";
            b.build().resolve(event, null);
            assertEquals(1, records.size());
            assertEquals("Unhandled exception answering GET /boom (request id req-42)", records.get(0).getMessage());
            assertSame(boom, records.get(0).getThrown());
            records.clear();
            var forged = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
            forged.any("/{any}", r -> {
                throw boom;
            });
            forged.build().resolve("{\"fake\":1,\"method\":\"GET\",\"path\":\"/x\\r\\nFORGED\",\"requestId\":\"r\\n2\"}",
                    null);
            assertEquals("Unhandled exception answering GET /x??FORGED (request id r?2)", records.get(0).getMessage(),
                    "control characters from the client cannot start a new log line");
        }
    }
}
