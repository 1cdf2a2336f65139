package dev.portico.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Request logging: one line per request at INFO in debug mode, nothing at INFO otherwise. Records are
 * captured from java.util.logging (the default System.Logger backend) by reflection, because the server
 * module does not read java.logging.
 */
class LocalServerLoggingTest {

    /** Captures what java.util.logging's logger {@code dev.portico.server} prints at INFO and above. */
    private static final class Capture implements AutoCloseable {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Object logger;
        private final Object handler;

        Capture() throws Exception {
            Class<?> loggerClass = Class.forName("java.util.logging.Logger");
            Class<?> formatterClass = Class.forName("java.util.logging.Formatter");
            Class<?> handlerClass = Class.forName("java.util.logging.Handler");
            Object formatter = Class.forName("java.util.logging.SimpleFormatter").getConstructor().newInstance();
            handler = Class.forName("java.util.logging.StreamHandler")
                    .getConstructor(OutputStream.class, formatterClass).newInstance(bytes, formatter);
            logger = loggerClass.getMethod("getLogger", String.class).invoke(null, "dev.portico.server");
            loggerClass.getMethod("addHandler", handlerClass).invoke(logger, handler);
        }

        String text() throws Exception {
            handler.getClass().getMethod("flush").invoke(handler);
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            Method remove = logger.getClass().getMethod("removeHandler", Class.forName("java.util.logging.Handler"));
            remove.invoke(logger, handler);
        }
    }

    private static String serveOneRequest(boolean debug) throws Exception {
        var b = Resolver.builder().discover(false).register(new WireSource()).debug(debug);
        b.get("/ping", r -> "pong");
        LocalServer server = LocalServer.builder(b.build()).port(0).build().start();
        try (Capture capture = new Capture()) {
            Http.get(server.url(), "ping?x=1");
            server.stop(Duration.ofSeconds(1));
            return capture.text();
        }
    }

    @Test
    void debugModeLogsEachRequest() throws Exception {
        String log = serveOneRequest(true);
        assertTrue(log.matches("(?s).*GET /ping\\?x=1 -> 200 \\(\\d+ ms\\).*"), log);
    }

    @Test
    void withoutDebugModeRequestsAreNotLoggedAtInfo() throws Exception {
        String log = serveOneRequest(false);
        assertFalse(log.contains("GET /ping"), log);
        assertTrue(log.contains("stopped"), "the capture works: " + log);
    }
}
