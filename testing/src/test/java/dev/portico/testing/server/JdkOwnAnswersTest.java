package dev.portico.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.server.LocalServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13.6: requests the JDK server refuses before any handler runs, so Portico cannot answer them
 * in its own shape. They stay what docs/local-server.md says: a short HTML 400 (or 501), the
 * connection closed, no stack trace, and the application never called. The pages name the reason the
 * JDK found (for two of them an exception class name, {@code URISyntaxException} or
 * {@code NumberFormatException}, without message or trace).
 */
class JdkOwnAnswersTest {
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static LocalServer server;

    @BeforeAll
    static void start() {
        var b = Resolver.builder();
        b.any("/{any+}", r -> {
            CALLS.incrementAndGet();
            return "reached";
        });
        server = LocalServer.builder(b.build()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET /%zz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400 | URISyntaxException thrown",
        "GET /a%zz?b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n | 400 | URISyntaxException thrown",
        "POST /a HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: abc\\r\\n\\r\\n | 400 | NumberFormatException thrown",
        "POST /a HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: -1\\r\\n\\r\\n | 400 | Illegal Content-Length value",
        "POST /a HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | 400 "
                + "| Conflicting or malformed headers detected",
        "POST /a HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n | 501 | Unsupported Transfer-Encoding value",
        "GETX\\r\\n\\r\\n | 400 | Bad request line",
    })
    void theJdkAnswersWithoutCallingTheApplicationOrLeakingATrace(String request, int status, String message)
            throws Exception {
        int before = CALLS.get();
        String wire = Raw.exchange(server.port(), request.replace("\\r\\n", "\r\n"));
        assertTrue(wire.startsWith("HTTP/1.1 " + status + " "), wire);
        assertTrue(wire.contains("\r\nConnection: close\r\n"), wire);
        assertTrue(wire.endsWith("</h1>" + message), wire);
        assertFalse(wire.contains("\tat ") || wire.contains("java."), wire);
        assertEquals(before, CALLS.get(), "the application was called");
    }
}
