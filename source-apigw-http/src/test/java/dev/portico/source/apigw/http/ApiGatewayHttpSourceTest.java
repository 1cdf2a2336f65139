package dev.portico.source.apigw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.source.payloadv2.PayloadV2Source;
import dev.portico.testkit.NamedEvents;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiGatewayHttpSourceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ApiGatewayHttpSource source = new ApiGatewayHttpSource();

    @Test
    void recognizesOnlyHttpApiEvents() {
        assertTrue(source.recognizes(NamedEvents.json("http-api-post.json")));
        assertTrue(source.recognizes(NamedEvents.json("http-api-get-default.json")));
        assertTrue(source.recognizes(NamedEvents.json("http-api-nulls.json")));
        assertFalse(source.recognizes(NamedEvents.json("function-url.json")));
        assertFalse(source.recognizes(NamedEvents.json("rest-v1.json")));
        assertFalse(source.recognizes(NamedEvents.json("lattice-v2.json")));
        assertFalse(source.recognizes(NamedEvents.json("alb.json")));
        Map<String, Object> noRouteKey = NamedEvents.map("http-api-post.json");
        noRouteKey.remove("routeKey");
        assertFalse(source.recognizes(EventJson.of(noRouteKey)));
        Map<String, Object> v1 = NamedEvents.map("http-api-post.json");
        v1.put("version", "1.0");
        assertFalse(source.recognizes(EventJson.of(v1)));
        assertFalse(source.recognizes(EventJson.of(Map.of())));
    }

    @Test
    void decodesAllParts() {
        SourceRequest r = source.decode(NamedEvents.json("http-api-post.json"));
        assertEquals("apigw-http", r.source());
        assertEquals("POST", r.method());
        assertEquals("/orders/42", r.path());
        assertEquals(Map.of("tag", List.of("a", "b"), "q", List.of("café au lait"), "amp", List.of("x&y")),
                r.queryParams().asMap());
        assertEquals(List.of("application/json, text/plain"), r.headers().all("Accept"));
        assertEquals(List.of("one,two"), r.headers().all("X-Multi"));
        assertEquals(List.of("session=abc", "theme=dark"), r.cookies());
        assertEquals("AAECAw==", r.body());
        assertTrue(r.base64Encoded());
        assertEquals("req-http-1", r.requestId());
        assertEquals("203.0.113.9", r.sourceIp());
    }

    @Test
    void decodesDefaultStageWithoutStrippingOrCookies() {
        SourceRequest r = source.decode(NamedEvents.json("http-api-get-default.json"));
        assertEquals("GET", r.method());
        assertEquals("/prod/items", r.path());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.cookies());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertEquals("gzip, br", r.headers().first("accept-encoding"));
    }

    @Test
    void decodesNulls() {
        SourceRequest r = source.decode(NamedEvents.json("http-api-nulls.json"));
        assertEquals("GET", r.method());
        assertEquals("/", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.cookies());
        assertNull(r.body());
        assertNull(r.requestId());
        assertNull(r.sourceIp());
        APIGatewayV2HTTPEvent typed = (APIGatewayV2HTTPEvent) r.event().get();
        assertNull(typed.getRawPath());
        assertNull(typed.getHeaders());
        assertEquals(0L, typed.getRequestContext().getTimeEpoch());
    }

    @Test
    void rejectsMissingMethodAndMalformedQuery() {
        Map<String, Object> noMethod = NamedEvents.map("http-api-post.json");
        NamedEvents.object(NamedEvents.object(noMethod, "requestContext"), "http").remove("method");
        assertThrows(BadRequestError.class, () -> source.decode(EventJson.of(noMethod)));
        Map<String, Object> badQuery = NamedEvents.map("http-api-post.json");
        badQuery.put("rawQueryString", "a=%E");
        assertThrows(BadRequestError.class, () -> source.decode(EventJson.of(badQuery)));
    }

    @ParameterizedTest
    @CsvSource({
        "prod, /prod/orders/42, /orders/42",
        "prod, /prod, /",
        "prod, /prod/, /",
        "prod, /production, /production",
        "prod, /production/items, /production/items",
        "prod, /api/prod/x, /api/prod/x",
        "$default, /$default/x, /$default/x",
        "'', /prod/x, /prod/x",
    })
    void stripsTheStageSegmentOnly(String stage, String rawPath, String expected) {
        Map<String, Object> e = NamedEvents.map("http-api-post.json");
        e.put("rawPath", rawPath);
        NamedEvents.object(e, "requestContext").put("stage", stage);
        assertEquals(expected, source.decode(EventJson.of(e)).path());
    }

    @Test
    void keepsPathWithoutStage() {
        Map<String, Object> e = NamedEvents.map("http-api-post.json");
        NamedEvents.object(e, "requestContext").remove("stage");
        assertEquals("/prod/orders/42", source.decode(EventJson.of(e)).path());
    }

    @Test
    void encodesExactJson() throws Exception {
        Headers headers = Headers.builder().add("X-Trace", "t1").add("Vary", "Origin").add("vary", "Accept")
                .add("Content-Type", "application/json").build();
        WireResponse w = new WireResponse(201, headers, List.of("a=1; Secure", "b=2; HttpOnly"), "{\"ok\":true}", false);
        SourceRequest r = source.decode(NamedEvents.json("http-api-post.json"));
        assertEquals(MAPPER.readTree("{\"statusCode\":201,\"headers\":{\"X-Trace\":\"t1\",\"Vary\":\"Origin, Accept\","
                + "\"Content-Type\":\"application/json\"},\"cookies\":[\"a=1; Secure\",\"b=2; HttpOnly\"],"
                + "\"body\":\"{\\\"ok\\\":true}\",\"isBase64Encoded\":false}"),
                MAPPER.readTree(NamedEvents.encode(source, w, r)));
        WireResponse binary = new WireResponse(200, Headers.builder().add("Content-Type", "image/png").build(),
                List.of(), "iVBORw==", true);
        assertEquals(MAPPER.readTree("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\"},\"cookies\":[],"
                + "\"body\":\"iVBORw==\",\"isBase64Encoded\":true}"), MAPPER.readTree(NamedEvents.encode(source, binary, r)));
    }

    @Test
    void buildsTheTypedEventFromJson() {
        SourceRequest r = source.decode(NamedEvents.json("http-api-post.json"));
        APIGatewayV2HTTPEvent t = assertInstanceOf(APIGatewayV2HTTPEvent.class, r.event().get());
        assertEquals("2.0", t.getVersion());
        assertEquals("POST /orders/{id}", t.getRouteKey());
        assertEquals("/prod/orders/42", t.getRawPath());
        assertEquals(List.of("session=abc", "theme=dark"), t.getCookies());
        assertEquals("one,two", t.getHeaders().get("x-multi"));
        assertEquals(Map.of("id", "42"), t.getPathParameters());
        assertEquals(Map.of("env", "prod"), t.getStageVariables());
        assertTrue(t.getIsBase64Encoded());
        APIGatewayV2HTTPEvent.RequestContext c = t.getRequestContext();
        assertEquals("prod", c.getStage());
        assertEquals(1738404000000L, c.getTimeEpoch());
        assertEquals("POST", c.getHttp().getMethod());
        assertEquals("curl/8.0", c.getHttp().getUserAgent());
        assertEquals(Map.of("sub", "user-7", "scope", "orders"), c.getAuthorizer().getJwt().getClaims());
        assertEquals(List.of("orders.write"), c.getAuthorizer().getJwt().getScopes());
        APIGatewayV2HTTPEvent.RequestContext.Authorizer lambda = ((APIGatewayV2HTTPEvent) source
                .decode(NamedEvents.json("http-api-get-default.json")).event().get()).getRequestContext().getAuthorizer();
        assertEquals(Map.of("tenant", "t-1", "level", 3L), lambda.getLambda());
    }

    @Test
    void decodesTypedEvents() {
        APIGatewayV2HTTPEvent t = (APIGatewayV2HTTPEvent) source.decode(NamedEvents.json("http-api-post.json")).event().get();
        SourceRequest r = ApiGatewayHttpSource.decode(t);
        SourceRequest fromJson = source.decode(NamedEvents.json("http-api-post.json"));
        assertEquals(fromJson.method(), r.method());
        assertEquals("/orders/42", r.path());
        assertEquals(fromJson.queryParams(), r.queryParams());
        assertEquals(fromJson.headers(), r.headers());
        assertEquals(fromJson.cookies(), r.cookies());
        assertEquals(fromJson.body(), r.body());
        assertTrue(r.base64Encoded());
        assertEquals("req-http-1", r.requestId());
        assertEquals("203.0.113.9", r.sourceIp());
        assertSame(t, r.event().get());

        APIGatewayV2HTTPEvent bare = new APIGatewayV2HTTPEvent();
        assertThrows(BadRequestError.class, () -> ApiGatewayHttpSource.decode(bare));
        assertThrows(BadRequestError.class, () -> ApiGatewayHttpSource.decode((APIGatewayV2HTTPEvent) null));
        bare.setRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("delete").build()).build());
        bare.setQueryStringParameters(Map.of("k", "v"));
        SourceRequest minimal = ApiGatewayHttpSource.decode(bare);
        assertEquals("DELETE", minimal.method());
        assertEquals("/", minimal.path());
        assertEquals(List.of("v"), minimal.queryParams().all("k"));
        assertNull(minimal.cookies());
    }
}
