package dev.portico.examples.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.spi.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The test envelopes under {@code src/test/resources/events/}, and JSON helpers. */
final class Envelopes {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Envelopes() {
    }

    /** @return the text of {@code events/<name>} */
    static String text(String name) {
        try (InputStream in = Envelopes.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test event " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the event as the core hands it to sources */
    @SuppressWarnings("unchecked")
    static EventJson event(String json) {
        try {
            return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
