package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@link AlbSource#writeEvent} and {@link AlbSource#readResponse}, the inverses of decode and encode, in both modes. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AlbSource source = new AlbSource();

    private static SourceRequest.Builder request() {
        return SourceRequest.builder("any")
                .method("POST")
                .path("/todos")
                .headers(Headers.builder().add("Content-Type", "application/json").add("X-Tag", "a")
                        .add("x-tag", "b").add("Cookie", "session=s1; theme=dark").build())
                .queryParams(QueryParams.builder().add("tag", "a b").add("tag", "c&d").add("q", "é=1").build())
                .body("{\"title\":\"x\"}", false)
                .sourceIp("198.51.100.4");
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

    private String encode(WireResponse w, boolean multi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.encode(w, SourceRequest.builder(AlbSource.ID).method("GET").attachment(multi).build(), g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAMultiValueEventByDefault() throws IOException {
        assertEquals(JSON.readTree("{\"requestContext\":{\"elb\":{\"targetGroupArn\":"
                + "\"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/local/0123456789abcdef\"}},"
                + "\"httpMethod\":\"POST\",\"path\":\"/todos\","
                + "\"multiValueQueryStringParameters\":{\"tag\":[\"a+b\",\"c%26d\"],\"q\":[\"%C3%A9%3D1\"]},"
                + "\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"],\"X-Tag\":[\"a\",\"b\"],"
                + "\"Cookie\":[\"session=s1; theme=dark\"],\"X-Forwarded-For\":[\"198.51.100.4\"]},"
                + "\"body\":\"{\\\"title\\\":\\\"x\\\"}\",\"isBase64Encoded\":false}"), JSON.readTree(write(request().build())));
    }

    @Test
    void writesASingleValueEventWhenTheAttachmentSaysSo() throws IOException {
        SourceRequest r = request().attachment(Boolean.FALSE).sourceIp(null).body(null, false).build();
        assertEquals(JSON.readTree("{\"requestContext\":{\"elb\":{\"targetGroupArn\":"
                + "\"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/local/0123456789abcdef\"}},"
                + "\"httpMethod\":\"POST\",\"path\":\"/todos\","
                + "\"queryStringParameters\":{\"tag\":\"c%26d\",\"q\":\"%C3%A9%3D1\"},"
                + "\"headers\":{\"Content-Type\":\"application/json\",\"X-Tag\":\"b\","
                + "\"Cookie\":\"session=s1; theme=dark\"},\"body\":\"\",\"isBase64Encoded\":false}"),
                JSON.readTree(write(r)));
    }

    @Test
    void decodeOfWriteEventGivesTheRequestBack() throws IOException {
        SourceRequest original = request().build();
        EventJson event = event(write(original));
        assertTrue(source.recognizes(event));
        SourceRequest back = source.decode(event);
        assertEquals(original.method(), back.method());
        assertEquals(original.path(), back.path());
        assertEquals(original.headers().toBuilder().add("X-Forwarded-For", "198.51.100.4").build(), back.headers());
        assertEquals(original.queryParams(), back.queryParams());
        assertNull(back.cookies(), "ALB cookies stay in the Cookie header");
        assertEquals(original.body(), back.body());
        assertEquals("198.51.100.4", back.sourceIp());
        assertTrue(AlbSource.isMultiValue(back));
    }

    @Test
    void singleValueModeRoundTripsSingleValuedRequests() throws IOException {
        SourceRequest original = SourceRequest.builder("any").method("GET").path("/a%20b")
                .headers(Headers.builder().add("Accept", "image/png").build())
                .queryParams(QueryParams.builder().add("q", "x y").build())
                .cookies(List.of("a=1", "b=2"))
                .body("AAEC/w==", true).attachment(Boolean.FALSE).build();
        SourceRequest back = source.decode(event(write(original)));
        assertEquals(Headers.builder().add("Accept", "image/png").add("Cookie", "a=1; b=2").build(), back.headers());
        assertEquals(original.queryParams(), back.queryParams());
        assertEquals("/a%20b", back.path());
        assertEquals("AAEC/w==", back.body());
        assertTrue(back.base64Encoded());
        assertEquals(Boolean.FALSE, back.attachment());
    }

    @Test
    void readResponseOfEncodeGivesTheResponseBackInMultiValueMode() throws IOException {
        WireResponse original = new WireResponse(201,
                Headers.builder().add("Content-Type", "image/png").add("X-Tag", "a").add("X-Tag", "b").build(),
                List.of("session=abc; Secure; HttpOnly", "theme=dark; Path=/"), "iVBORw0KGgo=", true);
        assertEquals(original, source.readResponse(event(encode(original, true))));
    }

    @Test
    void readResponseOfEncodeGivesTheResponseBackInSingleValueMode() throws IOException {
        WireResponse original = new WireResponse(404, Headers.builder().add("Content-Type", "application/json").build(),
                List.of("session=abc; Secure"), "{\"statusCode\":404}", false);
        assertEquals(original, source.readResponse(event(encode(original, false))));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), "", false);
        assertEquals(empty, source.readResponse(event(encode(empty, false))));
        assertThrows(IllegalArgumentException.class, () -> source.readResponse(event("{\"statusCode\":\"OK\"}")));
    }
}
