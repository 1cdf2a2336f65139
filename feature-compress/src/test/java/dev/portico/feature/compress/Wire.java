package dev.portico.feature.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.testing.EventFormat;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Where each event format puts response headers, to compare them exactly as written. */
final class Wire {
    static final ObjectMapper M = new ObjectMapper();

    private Wire() {
    }

    /** @return whether the format writes {@code multiValueHeaders} (arrays) rather than {@code headers} */
    static boolean multiValue(EventFormat format) {
        return format == EventFormat.REST || format == EventFormat.ALB_MULTI_VALUE;
    }

    /** @return the header object of a response, as the source wrote it */
    static JsonNode headers(EventFormat format, TestResponse response) {
        try {
            JsonNode raw = M.readTree(response.raw());
            return raw.get(multiValue(format) ? "multiValueHeaders" : "headers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the header object the format should write for these single-valued headers */
    static ObjectNode expected(EventFormat format, String... namesAndValues) {
        ObjectNode out = M.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (multiValue(format)) {
                out.putArray(namesAndValues[i]).add(namesAndValues[i + 1]);
            } else {
                out.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return out;
    }
}
