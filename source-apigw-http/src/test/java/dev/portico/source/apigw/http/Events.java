package dev.portico.source.apigw.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Loads the authored test events under {@code /events/}. */
final class Events {

    private Events() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test event " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String name) {
        try {
            return (Map<String, Object>) EventJson.parse(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventJson json(String name) {
        return EventJson.of(map(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    static String encode(EventSource source, WireResponse response, SourceRequest request) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(s)) {
            source.encode(response, request, g);
        }
        return s.toString();
    }
}
