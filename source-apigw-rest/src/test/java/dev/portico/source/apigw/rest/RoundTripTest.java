package dev.portico.source.apigw.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ApiGatewayRestSource#writeEvent} and {@link ApiGatewayRestSource#readResponse}, the inverses of decode and encode. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ApiGatewayRestSource source = new ApiGatewayRestSource();

    private static SourceRequest request() {
        return SourceRequest.builder("any")
                .method("POST")
                .path("/todos/a%20b")
                .headers(Headers.builder().add("Content-Type", "application/json").add("Accept", "text/html")
                        .add("accept", "application/json").add("Cookie", "session=s1; theme=dark")
                        .add("User-Agent", "test").build())
                .queryParams(QueryParams.builder().add("tag", "a b").add("tag", "c&d").add("q", "é=1").build())
                .body("{\"title\":\"x\"}", false)
                .requestId("req-1")
                .sourceIp("198.51.100.4")
                .build();
    }

    private String write(SourceRequest r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.writeEvent(r, g);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static EventJson event(String json) throws IOException {
        return EventJson.of((Map<String, Object>) EventJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String encode(WireResponse w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.encode(w, null, g);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void writesTheEventApiGatewayWouldSend() throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(write(request()));
        ObjectNode context = (ObjectNode) tree.get("requestContext");
        assertTrue(context.remove("requestTimeEpoch").isNumber());
        assertTrue(context.remove("requestTime").asText().matches("\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"));
        assertEquals(JSON.readTree("{\"resource\":\"/{proxy+}\",\"path\":\"/todos/a%20b\",\"httpMethod\":\"POST\","
                + "\"headers\":{\"Content-Type\":\"application/json\",\"Accept\":\"application/json\","
                + "\"Cookie\":\"session=s1; theme=dark\",\"User-Agent\":\"test\"},"
                + "\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"],\"Accept\":[\"text/html\","
                + "\"application/json\"],\"Cookie\":[\"session=s1; theme=dark\"],\"User-Agent\":[\"test\"]},"
                + "\"queryStringParameters\":{\"tag\":\"c&d\",\"q\":\"é=1\"},"
                + "\"multiValueQueryStringParameters\":{\"tag\":[\"a b\",\"c&d\"],\"q\":[\"é=1\"]},"
                + "\"pathParameters\":{\"proxy\":\"todos/a%20b\"},\"stageVariables\":null,"
                + "\"requestContext\":{\"accountId\":\"123456789012\",\"apiId\":\"local\",\"resourceId\":\"proxy\","
                + "\"resourcePath\":\"/{proxy+}\",\"httpMethod\":\"POST\",\"path\":\"/local/todos/a%20b\","
                + "\"protocol\":\"HTTP/1.1\",\"stage\":\"local\",\"domainName\":\"localhost\",\"domainPrefix\":\"local\","
                + "\"requestId\":\"req-1\",\"extendedRequestId\":\"req-1\","
                + "\"identity\":{\"accessKey\":null,\"accountId\":null,\"caller\":null,"
                + "\"cognitoAuthenticationProvider\":null,\"cognitoAuthenticationType\":null,\"cognitoIdentityId\":null,"
                + "\"cognitoIdentityPoolId\":null,\"principalOrgId\":null,\"user\":null,\"userArn\":null,"
                + "\"sourceIp\":\"198.51.100.4\",\"userAgent\":\"test\"}},"
                + "\"body\":\"{\\\"title\\\":\\\"x\\\"}\",\"isBase64Encoded\":false}"), tree);
    }

    @Test
    void decodeOfWriteEventGivesTheRequestBack() throws IOException {
        SourceRequest original = request();
        EventJson event = event(write(original));
        assertTrue(source.recognizes(event));
        SourceRequest back = source.decode(event);
        assertEquals(original.method(), back.method());
        assertEquals(original.path(), back.path());
        assertEquals(original.headers(), back.headers());
        assertEquals(original.queryParams(), back.queryParams());
        assertNull(back.cookies(), "REST cookies stay in the Cookie header");
        assertEquals(List.of("session=s1; theme=dark"), back.headers().all("Cookie"));
        assertEquals(original.body(), back.body());
        assertEquals(false, back.base64Encoded());
        assertEquals("req-1", back.requestId());
        assertEquals("198.51.100.4", back.sourceIp());
        assertEquals("/{proxy+}", ((com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent)
                back.event().get()).getResource());
    }

    @Test
    void cookieItemsBecomeOneCookieHeaderAndBinaryBodiesStayBase64() throws IOException {
        SourceRequest original = SourceRequest.builder("any").method("PUT").path("/")
                .headers(Headers.builder().add("Cookie", "stale=1").build())
                .cookies(List.of("a=1", "b=2"))
                .body("AAEC/w==", true).build();
        SourceRequest back = source.decode(event(write(original)));
        assertEquals(List.of("a=1; b=2"), back.headers().all("Cookie"));
        assertEquals("AAEC/w==", back.body());
        assertTrue(back.base64Encoded());
        assertEquals(QueryParams.empty(), back.queryParams());
    }

    @Test
    void readResponseOfEncodeGivesTheResponseBack() throws IOException {
        WireResponse original = new WireResponse(201,
                Headers.builder().add("Content-Type", "image/png").add("X-Tag", "a").add("X-Tag", "b").build(),
                List.of("session=abc; Secure; HttpOnly", "theme=dark; Path=/"), "iVBORw0KGgo=", true);
        assertEquals(original, source.readResponse(event(encode(original))));
        WireResponse empty = new WireResponse(204, Headers.empty(), List.of(), "", false);
        assertEquals(empty, source.readResponse(event(encode(empty))));
    }

    @Test
    void readResponseMergesBothHeaderMapsAsApiGatewayDoes() throws IOException {
        WireResponse r = source.readResponse(event("{\"statusCode\":\"302\",\"headers\":{\"Location\":\"/x\","
                + "\"X-Tag\":\"ignored\",\"set-cookie\":\"c=3\"},\"multiValueHeaders\":{\"X-Tag\":[\"a\",\"b\"]},"
                + "\"body\":null}"));
        assertEquals(302, r.status());
        assertEquals(Headers.builder().add("X-Tag", "a").add("X-Tag", "b").add("Location", "/x").build(), r.headers());
        assertEquals(List.of("c=3"), r.cookies());
        assertEquals("", r.body());
        assertThrows(IllegalArgumentException.class, () -> source.readResponse(event("{\"body\":\"x\"}")));
    }
}
