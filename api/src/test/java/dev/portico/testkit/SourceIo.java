package dev.portico.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A source's four directions as JSON text, for round-trip tests: writeEvent/decode, encode/readResponse. */
public final class SourceIo {

    private SourceIo() {
    }

    /**
     * @param source the source
     * @param request a request
     * @return the event {@link EventSource#writeEvent} writes for it
     * @throws IOException when writing fails
     */
    public static String write(EventSource source, SourceRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.writeEvent(request, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param source the source
     * @param response a response
     * @return what {@link EventSource#encode} writes for it, with no request
     * @throws IOException when writing fails
     */
    public static String encode(EventSource source, WireResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.encode(response, null, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param json a JSON object
     * @return it read as an event (or a response, for {@link EventSource#readResponse})
     * @throws UncheckedIOException when it is not JSON
     */
    @SuppressWarnings("unchecked")
    public static EventJson event(String json) {
        try {
            return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
