package dev.portico.source.vpc.lattice;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helpers: authored events from this package's resources, and encoding to a JSON tree. */
final class Events {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    static String text(String resource) {
        try (InputStream in = Events.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static EventJson json(String resource) {
        return parse(text(resource));
    }

    @SuppressWarnings("unchecked")
    static EventJson parse(String json) {
        try {
            return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode encode(EventSource source, WireResponse response, SourceRequest request) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(w)) {
            source.encode(response, request, g);
        }
        return MAPPER.readTree(w.toString());
    }

    static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    static JsonNode parseTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
