package dev.portico.source.function.url;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LambdaFunctionUrlSourceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final LambdaFunctionUrlSource source = new LambdaFunctionUrlSource();

    @Test
    void recognizesOnlyFunctionUrlEvents() {
        assertTrue(source.recognizes(NamedEvents.json("function-url-post.json")));
        assertTrue(source.recognizes(NamedEvents.json("function-url-get.json")));
        assertTrue(source.recognizes(NamedEvents.json("function-url-nulls.json")));
        assertFalse(source.recognizes(NamedEvents.json("http-api.json")));
        assertFalse(source.recognizes(NamedEvents.json("rest-v1.json")));
        assertFalse(source.recognizes(NamedEvents.json("lattice-v2.json")));
        assertFalse(source.recognizes(NamedEvents.json("alb.json")));
        Map<String, Object> noHttp = NamedEvents.map("function-url-get.json");
        NamedEvents.object(noHttp, "requestContext").remove("http");
        assertFalse(source.recognizes(EventJson.of(noHttp)));
        Map<String, Object> v1 = NamedEvents.map("function-url-get.json");
        v1.put("version", "1.0");
        assertFalse(source.recognizes(EventJson.of(v1)));
        Map<String, Object> noDomain = NamedEvents.map("function-url-get.json");
        NamedEvents.object(noDomain, "requestContext").put("domainName", null);
        assertFalse(source.recognizes(EventJson.of(noDomain)));
        assertFalse(source.recognizes(EventJson.of(Map.of())));
    }

    @Test
    void decodesAllParts() {
        SourceRequest r = source.decode(NamedEvents.json("function-url-post.json"));
        assertEquals("function-url", r.source());
        assertEquals("PUT", r.method());
        assertEquals("/uploads/photo%20one.png", r.path());
        assertEquals(Map.of("size", List.of("s", "m"), "caption", List.of("sun & sea"), "empty", List.of("")),
                r.queryParams().asMap());
        assertEquals(List.of("application/json, */*"), r.headers().all("Accept"));
        assertEquals(List.of("192.0.2.10, 10.0.0.1"), r.headers().all("X-Forwarded-For"));
        assertEquals(List.of("sid=42", "pref=compact", "lang=en"), r.cookies());
        assertTrue(r.base64Encoded());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                Base64.getDecoder().decode(r.body()));
        assertEquals("req-url-2", r.requestId());
        assertEquals("192.0.2.10", r.sourceIp());
    }

    @Test
    void decodesGetWithoutCookiesOrBody() {
        SourceRequest r = source.decode(NamedEvents.json("function-url-get.json"));
        assertEquals("GET", r.method());
        assertEquals("/", r.path());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.cookies());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertEquals("gzip, deflate, br", r.headers().first("accept-encoding"));
    }

    @Test
    void neverStripsAStage() {
        Map<String, Object> e = NamedEvents.map("function-url-get.json");
        e.put("rawPath", "/prod/items");
        NamedEvents.object(e, "requestContext").put("stage", "prod");
        assertEquals("/prod/items", source.decode(EventJson.of(e)).path());
    }

    @Test
    void decodesNulls() {
        SourceRequest r = source.decode(NamedEvents.json("function-url-nulls.json"));
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
        assertNull(typed.getRequestContext().getAuthorizer());
    }

    @Test
    void rejectsMissingMethodAndMalformedQuery() {
        Map<String, Object> noMethod = NamedEvents.map("function-url-get.json");
        NamedEvents.object(NamedEvents.object(noMethod, "requestContext"), "http").put("method", null);
        assertThrows(BadRequestError.class, () -> source.decode(EventJson.of(noMethod)));
        Map<String, Object> badQuery = NamedEvents.map("function-url-get.json");
        badQuery.put("rawQueryString", "q=%");
        assertThrows(BadRequestError.class, () -> source.decode(EventJson.of(badQuery)));
    }

    @Test
    void encodesExactJson() throws Exception {
        Headers headers = Headers.builder().add("Cache-Control", "no-store").add("Link", "</a>")
                .add("link", "</b>").add("Content-Type", "text/csv").build();
        WireResponse w = new WireResponse(200, headers, List.of("sid=43; Path=/", "lang=fr"), "a,b\n1,2\n", false);
        SourceRequest r = source.decode(NamedEvents.json("function-url-get.json"));
        assertEquals(MAPPER.readTree("{\"statusCode\":200,\"headers\":{\"Cache-Control\":\"no-store\","
                + "\"Link\":\"</a>, </b>\",\"Content-Type\":\"text/csv\"},\"cookies\":[\"sid=43; Path=/\",\"lang=fr\"],"
                + "\"body\":\"a,b\\n1,2\\n\",\"isBase64Encoded\":false}"), MAPPER.readTree(NamedEvents.encode(source, w, r)));
        WireResponse binary = new WireResponse(200, Headers.builder().add("Content-Type", "image/png").build(),
                List.of(), "iVBORw0KGgo=", true);
        assertEquals(MAPPER.readTree("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\"},\"cookies\":[],"
                + "\"body\":\"iVBORw0KGgo=\",\"isBase64Encoded\":true}"), MAPPER.readTree(NamedEvents.encode(source, binary, r)));
    }

    @Test
    void buildsTheTypedEventFromJson() {
        APIGatewayV2HTTPEvent t = assertInstanceOf(APIGatewayV2HTTPEvent.class,
                source.decode(NamedEvents.json("function-url-post.json")).event().get());
        assertEquals("$default", t.getRouteKey());
        assertEquals("/uploads/photo%20one.png", t.getRawPath());
        assertEquals("size=s&size=m&caption=sun+%26+sea&empty=", t.getRawQueryString());
        assertEquals(List.of("sid=42", "pref=compact", "lang=en"), t.getCookies());
        assertEquals("iVBORw0KGgo=", t.getBody());
        assertTrue(t.getIsBase64Encoded());
        APIGatewayV2HTTPEvent.RequestContext c = t.getRequestContext();
        assertEquals("k3xq7example.lambda-url.eu-west-1.on.aws", c.getDomainName());
        assertEquals("PUT", c.getHttp().getMethod());
        assertEquals(1738404300000L, c.getTimeEpoch());
        assertEquals("arn:aws:iam::210987654321:user/uploader", c.getAuthorizer().getIam().getUserArn());
        assertEquals("o-example", c.getAuthorizer().getIam().getPrincipalOrgId());
        assertNull(c.getAuthorizer().getIam().getCognitoIdentity());
        assertNull(c.getAuthorizer().getJwt());
    }

    @Test
    void decodesTypedEvents() {
        APIGatewayV2HTTPEvent t = (APIGatewayV2HTTPEvent) source.decode(NamedEvents.json("function-url-post.json")).event().get();
        SourceRequest r = LambdaFunctionUrlSource.decode(t);
        SourceRequest fromJson = source.decode(NamedEvents.json("function-url-post.json"));
        assertEquals("function-url", r.source());
        assertEquals("PUT", r.method());
        assertEquals(fromJson.path(), r.path());
        assertEquals(fromJson.queryParams(), r.queryParams());
        assertEquals(fromJson.headers(), r.headers());
        assertEquals(fromJson.cookies(), r.cookies());
        assertEquals("iVBORw0KGgo=", r.body());
        assertTrue(r.base64Encoded());
        assertEquals("req-url-2", r.requestId());
        assertEquals("192.0.2.10", r.sourceIp());
        assertSame(t, r.event().get());
        assertThrows(BadRequestError.class, () -> LambdaFunctionUrlSource.decode(new APIGatewayV2HTTPEvent()));
        assertThrows(BadRequestError.class, () -> LambdaFunctionUrlSource.decode((APIGatewayV2HTTPEvent) null));
    }
}
