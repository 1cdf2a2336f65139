package dev.portico.source.apigw.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads the test events of this module and encodes responses, for the tests. */
final class TestEvents {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TestEvents() {
    }

    /** @return the raw text of {@code src/test/resources/events/<name>} */
    static String text(String name) {
        try (InputStream in = TestEvents.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test event " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the event {@code src/test/resources/events/<name>} */
    static EventJson load(String name) {
        return parse(text(name));
    }

    /** @return a JSON object as an event */
    @SuppressWarnings("unchecked")
    static EventJson parse(String json) {
        try {
            return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return what the source writes for the response */
    static String encode(WireResponse response, SourceRequest request) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(w)) {
            new ApiGatewayRestSource().encode(response, request, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** @return the JSON tree of a text */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
