package dev.portico.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Headers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response as an event source wrote it for Lambda, read back for assertions. Works for every
 * format: headers are gathered from {@code multiValueHeaders}, {@code headers} (where a value holding
 * several values joined with {@code ", "} is split again, except {@code Set-Cookie}) and the
 * {@code cookies} array (as {@code Set-Cookie} values).
 */
public final class TestResponse {
    private static final String SET_COOKIE = "Set-Cookie";
    private final String raw;
    private final int status;
    private final Headers headers;
    private final String body;
    private final boolean base64Encoded;

    private TestResponse(String raw, int status, Headers headers, String body, boolean base64Encoded) {
        this.raw = raw;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.base64Encoded = base64Encoded;
    }

    /**
     * Reads a response in any of the formats Portico writes.
     *
     * @param wireJson the JSON object a resolver returned
     * @return the response
     * @throws IllegalArgumentException when it is not a JSON object with a {@code statusCode}
     */
    public static TestResponse of(String wireJson) {
        JsonNode tree;
        try {
            tree = EventBuilder.MAPPER.readTree(Objects.requireNonNull(wireJson, "wireJson"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + wireJson, e);
        }
        JsonNode status = tree == null ? null : tree.get("statusCode");
        if (status == null || !status.canConvertToInt()) {
            throw new IllegalArgumentException("Not a response (no numeric statusCode): " + wireJson);
        }
        Headers.Builder h = Headers.builder();
        JsonNode multi = tree.path("multiValueHeaders");
        for (Map.Entry<String, JsonNode> e : multi.properties()) {
            h.addAll(e.getKey(), texts(e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : tree.path("headers").properties()) {
            if (multi.isObject() && containsIgnoreCase(multi, e.getKey())) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isArray() || SET_COOKIE.equalsIgnoreCase(e.getKey())) {
                h.addAll(e.getKey(), texts(v));
            } else if (!v.isNull()) {
                h.addAll(e.getKey(), List.of(v.asText().split(", ", -1)));
            }
        }
        h.addAll(SET_COOKIE, texts(tree.path("cookies")));
        JsonNode flag = tree.has("isBase64Encoded") ? tree.get("isBase64Encoded") : tree.get("is_base64_encoded");
        JsonNode body = tree.get("body");
        return new TestResponse(wireJson, status.asInt(), h.build(),
                body == null || body.isNull() ? "" : body.asText(), flag != null && flag.asBoolean());
    }

    private static boolean containsIgnoreCase(JsonNode object, String name) {
        return object.properties().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name));
    }

    private static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.isNull()) {
                    out.add(x.asText());
                }
            });
        } else if (v.isValueNode() && !v.isNull()) {
            out.add(v.asText());
        }
        return out;
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /**
     * @param name a header name, any case
     * @return its values joined with {@code ", "} (the first cookie for {@code Set-Cookie}), or
     *     {@code null} when absent
     */
    public String header(String name) {
        List<String> values = headers.all(name);
        if (values.isEmpty()) {
            return null;
        }
        return SET_COOKIE.equalsIgnoreCase(name) ? values.get(0) : String.join(", ", values);
    }

    /**
     * @param name a header name, any case
     * @return all its values, in order; empty when absent
     */
    public List<String> headers(String name) {
        return headers.all(name);
    }

    /** @return every header, {@code Set-Cookie} included */
    public Headers headers() {
        return headers;
    }

    /** @return the {@code Set-Cookie} values, in order */
    public List<String> cookies() {
        return headers.all(SET_COOKIE);
    }

    /** @return the body as text, base64-decoded (as UTF-8) when flagged; empty when there is none */
    public String body() {
        return base64Encoded ? new String(bodyBytes(), StandardCharsets.UTF_8) : body;
    }

    /** @return the body bytes, base64-decoded when flagged */
    public byte[] bodyBytes() {
        return base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the body parsed as JSON
     * @throws IllegalStateException when it is not JSON
     */
    public JsonNode json() {
        try {
            return EventBuilder.MAPPER.readTree(body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The body is not JSON: " + body(), e);
        }
    }

    /**
     * @param type a class Jackson can bind
     * @param <T> the type
     * @return the body bound to it
     * @throws IllegalStateException when it cannot be bound
     */
    public <T> T json(Class<T> type) {
        try {
            return EventBuilder.MAPPER.readValue(body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the body as " + type.getName() + ": " + body(), e);
        }
    }

    /** @return whether the wire body is base64 */
    public boolean isBase64Encoded() {
        return base64Encoded;
    }

    /** @return the response JSON exactly as the resolver returned it */
    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return "TestResponse[" + status + " " + headers + " " + (body.length() > 200 ? body.substring(0, 200) + "..." : body) + "]";
    }
}
