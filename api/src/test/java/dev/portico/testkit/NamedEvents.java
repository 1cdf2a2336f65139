package dev.portico.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Authored events from the calling module's {@code src/test/resources/events/} folder, by file name. */
public final class NamedEvents {

    private NamedEvents() {
    }

    /**
     * @param name a file name such as {@code http-api-post.json}
     * @return its bytes
     * @throws IllegalArgumentException when there is no such event
     */
    public static byte[] bytes(String name) {
        Path file = Path.of("src/test/resources/events", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no test event " + name + " (looked for " + file.toAbsolutePath() + ")");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a file name
     * @return the event as plain maps and lists, to change before use
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(String name) {
        try {
            return (Map<String, Object>) EventJson.parse(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a file name
     * @return the event
     */
    public static EventJson json(String name) {
        return EventJson.of(map(name));
    }

    /**
     * @param map an object of {@link #map}
     * @param key a key whose value is an object
     * @return that object, mutable
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    /**
     * @param source the source
     * @param response the response
     * @param request the request it answers
     * @return the JSON text the source writes
     * @throws IOException when writing fails
     */
    public static String encode(EventSource source, WireResponse response, SourceRequest request) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(s)) {
            source.encode(response, request, g);
        }
        return s.toString();
    }
}
