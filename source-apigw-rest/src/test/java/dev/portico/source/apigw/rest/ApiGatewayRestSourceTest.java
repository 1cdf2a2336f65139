package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.load;
import static dev.portico.source.apigw.rest.TestEvents.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ApiGatewayRestSourceTest {
    private final ApiGatewayRestSource source = new ApiGatewayRestSource();

    @Test
    void identity() {
        assertEquals("apigw-rest", source.id());
        assertEquals(10, source.priority());
    }

    @Test
    void recognizesRestEvents() {
        assertTrue(source.recognizes(load("rest-full.json")));
        assertTrue(source.recognizes(load("rest-minimal.json")));
        assertTrue(source.recognizes(load("rest-base64.json")));
        assertTrue(source.recognizes(load("rest-nulls.json")));
        assertTrue(source.recognizes(parse("{\"httpMethod\":\"GET\",\"version\":\"1.0\",\"requestContext\":{}}")));
    }

    @Test
    void rejectsOtherShapes() {
        assertFalse(source.recognizes(load("alb.json")));
        assertFalse(source.recognizes(load("http-v2.json")));
        assertFalse(source.recognizes(parse("{\"httpMethod\":\"GET\",\"version\":\"2.0\",\"path\":\"/\"}")));
        assertFalse(source.recognizes(parse("{\"httpMethod\":\"GET\",\"version\":1.0,\"path\":\"/\"}")));
        assertFalse(source.recognizes(parse("{\"httpMethod\":7,\"path\":\"/\"}")));
        assertFalse(source.recognizes(parse("{\"httpMethod\":null,\"path\":\"/\"}")));
        assertFalse(source.recognizes(parse("{\"method\":\"GET\",\"raw_path\":\"/x\",\"is_base64_encoded\":false}")));
        assertFalse(source.recognizes(parse("{}")));
    }

    @Test
    void decodesFullEventMergingMultiAndSingleValues() {
        SourceRequest r = source.decode(load("rest-full.json"));
        assertEquals("apigw-rest", r.source());
        assertEquals("POST", r.method());
        assertEquals("/orders/42", r.path());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json", "text/plain"));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-Mixed", List.of("one", "two"));
        headers.put("Cookie", List.of("theme=dark; session=abc123"));
        headers.put("X-Only-Single", List.of("lonely"));
        assertEquals(headers, r.headers().asMap());
        assertEquals(new ArrayList<>(headers.keySet()), new ArrayList<>(r.headers().names()));
        assertEquals(List.of("one", "two"), r.headers().all("x-mixed"));
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("tag", List.of("red", "blue"));
        query.put("q", List.of("fish & chips"));
        query.put("Tag", List.of("upper"));
        query.put("only", List.of("single"));
        assertEquals(query, r.queryParams().asMap());
        assertNull(r.cookies());
        assertEquals("{\"item\":\"book\",\"quantity\":2}", r.body());
        assertFalse(r.base64Encoded());
        assertEquals("req-0001", r.requestId());
        assertEquals("203.0.113.9", r.sourceIp());
    }

    @Test
    void decodesMinimalEvent() {
        SourceRequest r = source.decode(load("rest-minimal.json"));
        assertEquals("GET", r.method());
        assertEquals("/ping", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertNull(r.sourceIp());
        APIGatewayProxyRequestEvent typed = (APIGatewayProxyRequestEvent) r.event().get();
        assertEquals("/ping", typed.getPath());
        assertNull(typed.getHeaders());
        assertNull(typed.getRequestContext());
        assertNull(typed.getIsBase64Encoded());
    }

    @Test
    void decodesBase64Body() {
        SourceRequest r = source.decode(load("rest-base64.json"));
        assertEquals("PUT", r.method());
        assertEquals("AAEC/w==", r.body());
        assertTrue(r.base64Encoded());
        assertEquals(List.of("application/octet-stream"), r.headers().all("content-type"));
        assertEquals("req-b64", r.requestId());
        assertEquals("198.51.100.20", r.sourceIp());
        assertEquals(Boolean.TRUE, ((APIGatewayProxyRequestEvent) r.event().get()).getIsBase64Encoded());
    }

    @Test
    void nullsDoNotCrashDecoding() {
        SourceRequest r = source.decode(load("rest-nulls.json"));
        assertEquals("DELETE", r.method());
        assertEquals("/", r.path());
        assertEquals(Map.of("X-Holes", List.of("h1"), "X-Kept", List.of("yes")), r.headers().asMap());
        assertEquals(Map.of("b", List.of("2")), r.queryParams().asMap());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertNull(r.sourceIp());
        APIGatewayProxyRequestEvent typed = (APIGatewayProxyRequestEvent) r.event().get();
        assertEquals("DELETE", typed.getHttpMethod());
        assertNull(typed.getPath());
        assertNull(typed.getPathParameters());
        assertNull(typed.getRequestContext().getIdentity());
        assertNull(typed.getRequestContext().getRequestTimeEpoch());
        assertNull(typed.getRequestContext().getAuthorizer());
    }

    @Test
    void missingMethodIsABadRequest() {
        BadRequestError e = assertThrows(BadRequestError.class, () -> source.decode(parse("{\"path\":\"/x\"}")));
        assertEquals(400, e.statusCode());
    }

    @Test
    void typedEventMirrorsTheJson() {
        APIGatewayProxyRequestEvent e = (APIGatewayProxyRequestEvent) source.decode(load("rest-full.json")).event().get();
        assertEquals("1.0", e.getVersion());
        assertEquals("/orders/{orderId}", e.getResource());
        assertEquals("/orders/42", e.getPath());
        assertEquals("POST", e.getHttpMethod());
        assertEquals("text/plain", e.getHeaders().get("Accept"));
        assertEquals(List.of("one", "two"), e.getMultiValueHeaders().get("X-Mixed"));
        assertEquals("blue", e.getQueryStringParameters().get("tag"));
        assertEquals(List.of("red", "blue"), e.getMultiValueQueryStringParameters().get("tag"));
        assertEquals(Map.of("orderId", "42"), e.getPathParameters());
        assertEquals(Map.of("env", "test"), e.getStageVariables());
        assertEquals("{\"item\":\"book\",\"quantity\":2}", e.getBody());
        assertEquals(Boolean.FALSE, e.getIsBase64Encoded());
        APIGatewayProxyRequestEvent.ProxyRequestContext c = e.getRequestContext();
        assertEquals("111122223333", c.getAccountId());
        assertEquals("abcdef1234", c.getApiId());
        assertEquals("prod", c.getStage());
        assertEquals("req-0001", c.getRequestId());
        assertEquals("res1", c.getResourceId());
        assertEquals("/orders/{orderId}", c.getResourcePath());
        assertEquals("POST", c.getHttpMethod());
        assertEquals("/prod/orders/42", c.getPath());
        assertEquals("ext-1", c.getExtendedRequestId());
        assertEquals("01/Feb/2025:10:00:00 +0000", c.getRequestTime());
        assertEquals(1738404000000L, c.getRequestTimeEpoch());
        assertEquals("abcdef1234.execute-api.eu-west-1.amazonaws.com", c.getDomainName());
        assertEquals("abcdef1234", c.getDomainPrefix());
        assertEquals("HTTP/1.1", c.getProtocol());
        assertEquals("user-7", c.getAuthorizer().get("principalId"));
        assertEquals(12L, ((Number) c.getAuthorizer().get("integrationLatency")).longValue());
        assertEquals("203.0.113.9", c.getIdentity().getSourceIp());
        assertEquals("portico-test/1.0", c.getIdentity().getUserAgent());
        assertEquals("key-1", c.getIdentity().getApiKey());
        assertNull(c.getIdentity().getUser());
    }

    @Test
    void typedEventIsBuiltOnlyWhenAskedFor() {
        Map<String, Object> raw = new LinkedHashMap<>(load("rest-minimal.json").asMap());
        SourceRequest r = source.decode(EventJson.of(raw));
        // Changing the event after decoding shows in the typed event: it was not built by decode.
        raw.put("resource", "/late");
        APIGatewayProxyRequestEvent first = (APIGatewayProxyRequestEvent) r.event().get();
        assertEquals("/late", first.getResource());
        assertNotSame(first, r.event().get());
    }

    @Test
    void foundByServiceLoader() {
        ApiGatewayRestSourceTest.class.getModule().addUses(EventSource.class);
        List<String> ids = new ArrayList<>();
        for (EventSource s : ServiceLoader.load(EventSource.class, ApiGatewayRestSourceTest.class.getClassLoader())) {
            ids.add(s.id());
        }
        assertTrue(ids.contains("apigw-rest"), ids.toString());
        assertInstanceOf(ApiGatewayRestSource.class, ServiceLoader.load(EventSource.class).stream()
                .filter(p -> p.type() == ApiGatewayRestSource.class).findFirst().orElseThrow().get());
    }
}
