package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.api.UnsupportedEventException;
import dev.portico.api.spi.EventSource;
import dev.portico.core.Resolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Events that are not HTTP events, and input that is not a JSON object: every application, the
 * auto-detecting one and the ones fixed to a source, raises {@link UnsupportedEventException} naming
 * the sources it tried, through both entry points, and writes nothing.
 */
class NotHttpEventsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqs.json", "s3.json", "scheduled.json"})
    void otherAwsEventsAreNotHttpEvents(String name) {
        String event = resource(name);
        for (Map.Entry<String, Resolver> app : Apps.ALL.entrySet()) {
            UnsupportedEventException e = unsupported(app.getValue(), event);
            String tried = "(event sources tried: " + ids(app.getValue()) + ")";
            if (app.getKey().equals("auto")) {
                assertEquals("No event source recognizes this event; it is not an HTTP event, or its source module "
                        + "is missing " + tried, e.getMessage());
            } else {
                assertEquals("The event is not in the format of the '" + app.getKey() + "' event source this "
                        + "application was built for " + tried, e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"Records\":[]}", "{\"httpMethod\":null}", "{\"requestContext\":{}}"})
    void objectsWithoutAnHttpShapeAreNotHttpEvents(String event) {
        for (Resolver app : Apps.ALL.values()) {
            assertEquals(app.sources().stream().map(EventSource::id).toList(),
                    unsupported(app, event).triedSources());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"httpMethod\":\"GET\",\"path\":\"/\"}]", "\"GET /\"", "42", "-1.5", "true",
        "null"})
    void jsonThatIsNotAnObjectIsNotAnEvent(String event) {
        String what = switch (event.charAt(0)) {
            case '[' -> "a JSON array";
            case '"' -> "a JSON string";
            case 't' -> "a JSON boolean";
            case 'n' -> "JSON null";
            default -> "a JSON number";
        };
        for (Resolver app : Apps.ALL.values()) {
            assertEquals("The event is " + what + ", not a JSON object (event sources tried: " + ids(app) + ")",
                    unsupported(app, event).getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"httpMethod\":\"GET\",", "{} {}", "{\"a\":1}x", "not json", "\u0000"})
    void inputThatIsNotJsonIsNotAnEvent(String event) {
        for (Resolver app : Apps.ALL.values()) {
            assertEquals("The event is not valid JSON (event sources tried: " + ids(app) + ")",
                    unsupported(app, event).getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c328", "7b2268747470", "fffe7b007d00"})
    void bytesThatAreNotUtf8JsonAreNotAnEvent(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (Resolver app : Apps.ALL.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                    () -> app.handleRequest(new ByteArrayInputStream(bytes), out, null));
            assertEquals(0, out.size());
            assertEquals(app.sources().stream().map(EventSource::id).toList(), e.triedSources());
        }
    }

    /** Asserts both entry points raise the exception, the stream one without writing anything. */
    private static UnsupportedEventException unsupported(Resolver app, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnsupportedEventException streamed = assertThrows(UnsupportedEventException.class, () -> app.handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null));
        assertEquals(0, out.size());
        UnsupportedEventException resolved = assertThrows(UnsupportedEventException.class, () -> app.resolve(event, null));
        assertEquals(streamed.getMessage(), resolved.getMessage());
        return resolved;
    }

    private static String ids(Resolver app) {
        return String.join(", ", app.sources().stream().map(EventSource::id).toList());
    }

    private static String resource(String name) {
        try (InputStream in = NotHttpEventsTest.class.getResourceAsStream("/events/not-http/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
