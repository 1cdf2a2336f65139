package dev.portico.examples.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.testing.Events;
import dev.portico.testing.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An SLF4J user's setup: {@code org.slf4j:slf4j-jdk-platform-logging} on the class path makes SLF4J the
 * JDK's {@link System.LoggerFinder}, so Portico's {@link System.Logger} records go to the SLF4J
 * binding (here slf4j-simple, writing to target/slf4j-simple.log), with the request's values in the
 * message and the exception as SLF4J's own.
 */
class Slf4jBridgeTest {

    @Test
    void porticoRecordsReachSlf4j() throws Exception {
        assertEquals("org.slf4j.jdk.platform.logging.SLF4JSystemLoggerFinder",
                System.LoggerFinder.getLoggerFinder().getClass().getName());
        String event = Events.apiGatewayRest().method("GET").path("/boom").requestId("c6af9ac6-7b61-11e6-9a41-93e8deadbeef")
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RestStreamHandler().handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext("8476a536-e9f4-11e8-9739-2dfe598c3fcd"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"statusCode\":500"), out::toString);
        String log = Files.readString(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")));
        assertTrue(log.contains("ERROR dev.portico - Unhandled exception answering GET /boom (request id"
                + " c6af9ac6-7b61-11e6-9a41-93e8deadbeef) requestId=8476a536-e9f4-11e8-9739-2dfe598c3fcd"
                + " correlationId=c6af9ac6-7b61-11e6-9a41-93e8deadbeef route=GET /boom\njava.lang.IllegalStateException: boom\n"
                + "\tat dev.portico.examples.runtime.Routes."), log);
    }
}
