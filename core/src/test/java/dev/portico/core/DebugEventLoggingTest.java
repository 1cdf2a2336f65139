package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Debug mode logs each incoming event, pretty-printed, with the client's secrets masked. */
class DebugEventLoggingTest {

    private static List<String> messages(boolean debug, String event) {
        try (LogCapture capture = LogCapture.start()) {
            var b = Resolver.builder().discover(false).register(new FakeSource()).debug(debug);
            b.get("/hello", r -> "hi");
            b.build().resolve(event, null);
            return capture.messages();
        }
    }

    @Test
    void theEventIsLoggedPrettyPrintedWithAuthorizationAndCookiesMasked() {
        String event = "{\"fake\":1,\"method\":\"GET\",\"path\":\"/hello\",\"requestId\":\"req-1\","
                + "\"headers\":{\"Authorization\":[\"Bearer s3cr3t\"],\"cookie\":[\"session=abc\",\"theme=dark\"],"
                + "\"X-Name\":[\"Zo\\u00eb \\u001b[31m\\nforged\"]},"
                + "\"multiValueHeaders\":{\"AUTHORIZATION\":[\"Basic dXNlcjpwYXNz\"],\"Accept\":[\"*/*\"]},"
                + "\"cookies\":[\"session=abc\",\"theme=dark\"],"
                + "\"requestContext\":{\"headers\":{\"Cookie\":\"id=1\"},\"cookies\":\"kept: not a top-level cookies array\","
                + "\"n\":[1,2.5,true,null,{}]}}";
        List<String> messages = messages(true, event);
        assertEquals("Route GET /hello: middlewares in order []", messages.get(0));
        assertEquals("Event:\n"
                + "{\n"
                + "  \"fake\" : 1,\n"
                + "  \"method\" : \"GET\",\n"
                + "  \"path\" : \"/hello\",\n"
                + "  \"requestId\" : \"req-1\",\n"
                + "  \"headers\" : {\n"
                + "    \"Authorization\" : [ \"*****\" ],\n"
                + "    \"cookie\" : [ \"*****\", \"*****\" ],\n"
                + "    \"X-Name\" : [ \"Zo\u00eb \\u001B[31m\\nforged\" ]\n"
                + "  },\n"
                + "  \"multiValueHeaders\" : {\n"
                + "    \"AUTHORIZATION\" : [ \"*****\" ],\n"
                + "    \"Accept\" : [ \"*/*\" ]\n"
                + "  },\n"
                + "  \"cookies\" : [ \"*****\", \"*****\" ],\n"
                + "  \"requestContext\" : {\n"
                + "    \"headers\" : {\n"
                + "      \"Cookie\" : \"*****\"\n"
                + "    },\n"
                + "    \"cookies\" : \"kept: not a top-level cookies array\",\n"
                + "    \"n\" : [ 1, 2.5, true, null, { } ]\n"
                + "  }\n"
                + "}", messages.get(1));
        assertEquals("Request GET /hello (source fake, request id req-1)", messages.get(2));
        assertEquals(4, messages.size(), messages::toString);
    }

    /** A source that writes events back as {@code {"fake":1,"method":...,"path":...,"headers":{...}}}. */
    private static final class WritingSource extends FakeSource {
        @Override
        public void writeEvent(dev.portico.api.spi.SourceRequest request, com.fasterxml.jackson.core.JsonGenerator g)
                throws java.io.IOException {
            g.writeStartObject();
            g.writeNumberField("fake", 1);
            g.writeStringField("method", request.method());
            g.writeStringField("path", request.path());
            g.writeObjectFieldStart("headers");
            for (String name : request.headers().names()) {
                g.writeArrayFieldStart(name);
                for (String value : request.headers().all(name)) {
                    g.writeString(value);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Typed entry points get a Java object from the runtime: the source writes it back for the log. */
    @Test
    void typedEventsAreLoggedAsTheirSourceWritesThemWithSecretsMasked() {
        try (LogCapture capture = LogCapture.start()) {
            var b = Resolver.builder().discover(false).source(new WritingSource()).debug(true);
            b.get("/hello", r -> "hi");
            Resolver app = b.build();
            dev.portico.api.spi.SourceRequest typed = dev.portico.api.spi.SourceRequest.builder("fake")
                    .method(dev.portico.api.HttpMethod.GET).path("/hello")
                    .headers(dev.portico.api.Headers.builder().add("Authorization", "Bearer s3cr3t")
                            .add("X-Name", "Zo\u00eb").build())
                    .build();
            assertEquals(200, app.dispatch(() -> typed, null).status());
            List<String> messages = capture.messages();
            assertEquals("Event:\n"
                    + "{\n"
                    + "  \"fake\" : 1,\n"
                    + "  \"method\" : \"GET\",\n"
                    + "  \"path\" : \"/hello\",\n"
                    + "  \"headers\" : {\n"
                    + "    \"Authorization\" : [ \"*****\" ],\n"
                    + "    \"X-Name\" : [ \"Zo\u00eb\" ]\n"
                    + "  }\n"
                    + "}", messages.get(1), messages::toString);
        }
    }

    @Test
    void nothingIsLoggedOutsideDebugMode() {
        assertEquals(List.of(), messages(false, "{\"fake\":1,\"method\":\"GET\",\"path\":\"/hello\"}"));
    }
}
