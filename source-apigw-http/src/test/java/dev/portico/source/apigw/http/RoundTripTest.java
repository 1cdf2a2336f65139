package dev.portico.source.apigw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ApiGatewayHttpSource#writeEvent} and {@link ApiGatewayHttpSource#readResponse}, the inverses of decode and encode. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiGatewayHttpSource source = new ApiGatewayHttpSource();

    private static SourceRequest request() {
        return SourceRequest.builder("any")
                .method("PATCH")
                .path("/todos/7")
                .headers(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a")
                        .add("x-tag", "b").add("Cookie", "session=s1; theme=dark").add("User-Agent", "test").build())
                .queryParams(QueryParams.builder().add("tag", "a b").add("tag", "c&d").add("q", "é=1").build())
                .body("{\"done\":true}", false)
                .requestId("req-2")
                .sourceIp("198.51.100.4")
                .build();
    }

    private String write(SourceRequest r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.writeEvent(r, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static EventJson event(String json) throws IOException {
        return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String encode(WireResponse w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.encode(w, null, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheEventAnHttpApiWouldSend() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(write(request()));
        ObjectNode context = (ObjectNode) tree.get("requestContext");
        assertTrue(context.remove("timeEpoch").isNumber());
        assertTrue(context.remove("time").asText().matches("\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"));
        assertEquals(JSON.readTree("{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"/todos/7\","
                + "\"rawQueryString\":\"tag=a+b&tag=c%26d&q=%C3%A9%3D1\",\"cookies\":[\"session=s1\",\"theme=dark\"],"
                + "\"headers\":{\"Content-Type\":\"application/json\",\"X-Tag\":\"a,b\",\"User-Agent\":\"test\"},"
                + "\"queryStringParameters\":{\"tag\":\"a b,c&d\",\"q\":\"é=1\"},"
                + "\"requestContext\":{\"accountId\":\"123456789012\",\"apiId\":\"local\","
                + "\"domainName\":\"local.execute-api.us-east-1.amazonaws.com\",\"domainPrefix\":\"local\","
                + "\"http\":{\"method\":\"PATCH\",\"path\":\"/todos/7\",\"protocol\":\"HTTP/1.1\","
                + "\"sourceIp\":\"198.51.100.4\",\"userAgent\":\"test\"},\"requestId\":\"req-2\","
                + "\"routeKey\":\"$default\",\"stage\":\"$default\"},"
                + "\"body\":\"{\\\"done\\\":true}\",\"isBase64Encoded\":false}"), tree);
    }

    @Test
    void decodeOfWriteEventGivesTheRequestBack() throws IOException {
        SourceRequest original = request();
        EventJson event = event(write(original));
        assertTrue(source.recognizes(event));
        SourceRequest back = source.decode(event);
        assertEquals("PATCH", back.method());
        assertEquals("/todos/7", back.path());
        assertEquals(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a,b")
                .add("User-Agent", "test").build(), back.headers(), "repeated values joined, Cookie moved to cookies");
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals(List.of("session=s1", "theme=dark"), back.cookies());
        assertEquals(original.body(), back.body());
        assertFalse(back.base64Encoded());
        assertEquals("req-2", back.requestId());
        assertEquals("198.51.100.4", back.sourceIp());
    }

    @Test
    void singleValuedRequestsComeBackUnchanged() throws IOException {
        SourceRequest original = SourceRequest.builder("any").method("GET").path("/a%2Fb")
                .headers(Headers.builder().add("Accept", "image/png").build())
                .cookies(List.of("a=1"))
                .body("AAEC/w==", true).build();
        SourceRequest back = source.decode(event(write(original)));
        assertEquals(original.path(), back.path());
        assertEquals(original.headers(), back.headers());
        assertEquals(List.of("a=1"), back.cookies());
        assertEquals("AAEC/w==", back.body());
        assertTrue(back.base64Encoded());
        assertEquals(QueryParams.empty(), back.queryParams());
    }

    @Test
    void readResponseOfEncodeGivesTheResponseBack() throws IOException {
        WireResponse original = new WireResponse(201,
                Headers.builder().add("Content-Type", "image/png").add("Vary", "Origin").build(),
                List.of("session=abc; Secure; HttpOnly", "theme=dark; Path=/"), "iVBORw0KGgo=", true);
        assertEquals(original, source.readResponse(event(encode(original))));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), "", false);
        assertEquals(empty, source.readResponse(event(encode(empty))));
    }

    @Test
    void readResponseJoinsRepeatedHeadersAsTheFormatDoes() throws IOException {
        WireResponse original = new WireResponse(200,
                Headers.builder().add("X-Tag", "a").add("X-Tag", "b").build(), List.of(), "ok", false);
        WireResponse back = source.readResponse(event(encode(original)));
        assertEquals(List.of("a, b"), back.headers().all("X-Tag"));
        assertThrows(IllegalArgumentException.class, () -> source.readResponse(event("{\"body\":\"x\"}")));
    }
}
