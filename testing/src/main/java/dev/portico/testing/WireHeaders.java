package dev.portico.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The response headers exactly as an event format writes them, for tests of features and middlewares
 * that must see the wire and not {@link TestResponse}'s merged view: {@code multiValueHeaders} arrays
 * for the REST API and ALB with multi-value headers, {@code headers} strings for the others.
 *
 * <pre>{@code
 * TestResponse r = PorticoClient.of(app).format(format).get("/todos").header("Origin", "https://a.example").send();
 * assertEquals(WireHeaders.expected(format, "Access-Control-Allow-Origin", "https://a.example"),
 *         WireHeaders.headers(format, r));
 * }</pre>
 */
public final class WireHeaders {
    private static final ObjectMapper M = new ObjectMapper();

    private WireHeaders() {
    }

    /**
     * @param format an event format
     * @return whether it writes {@code multiValueHeaders} (arrays) rather than {@code headers}
     */
    public static boolean multiValue(EventFormat format) {
        return format == EventFormat.REST || format == EventFormat.ALB_MULTI_VALUE;
    }

    /**
     * @param format the format the response was written in
     * @param response the response
     * @return its header object, as the source wrote it
     */
    public static JsonNode headers(EventFormat format, TestResponse response) {
        try {
            return M.readTree(response.raw()).get(multiValue(format) ? "multiValueHeaders" : "headers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param format an event format
     * @param namesAndValues single-valued header names and values, alternating
     * @return the header object the format writes for them, to compare with {@link #headers}
     */
    public static ObjectNode expected(EventFormat format, String... namesAndValues) {
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
