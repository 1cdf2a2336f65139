package dev.portico.source.apigw.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ApiGatewayRestSource#decode(APIGatewayProxyRequestEvent)} and {@link ApiGatewayRestSource#toResponseEvent}. */
class PojoConversionTest {

    @Test
    void decodesThePojoWithTheSameRules() {
        APIGatewayProxyRequestEvent e = new APIGatewayProxyRequestEvent();
        e.setHttpMethod("patch");
        e.setPath("/items/9");
        Map<String, List<String>> multi = new LinkedHashMap<>();
        multi.put("Accept", List.of("a/b", "c/d"));
        multi.put("X-Holes", Arrays.asList(null, "kept"));
        multi.put("X-Empty", List.of());
        e.setMultiValueHeaders(multi);
        Map<String, String> single = new LinkedHashMap<>();
        single.put("accept", "c/d");
        single.put("X-Empty", "fallback");
        single.put("X-Null", null);
        e.setHeaders(single);
        Map<String, List<String>> multiQuery = new LinkedHashMap<>();
        multiQuery.put("k", List.of("1", "2"));
        e.setMultiValueQueryStringParameters(multiQuery);
        e.setQueryStringParameters(Map.of("k", "2", "z", "x y"));
        e.setBody("AQID");
        e.setIsBase64Encoded(true);
        APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp("192.0.2.4");
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setRequestId("pojo-1");
        context.setIdentity(identity);
        e.setRequestContext(context);

        SourceRequest r = ApiGatewayRestSource.decode(e);
        assertEquals("apigw-rest", r.source());
        assertEquals("PATCH", r.method());
        assertEquals("/items/9", r.path());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("a/b", "c/d"));
        headers.put("X-Holes", List.of("kept"));
        headers.put("X-Empty", List.of("fallback"));
        assertEquals(headers, r.headers().asMap());
        assertEquals(Map.of("k", List.of("1", "2"), "z", List.of("x y")), r.queryParams().asMap());
        assertEquals("AQID", r.body());
        assertTrue(r.base64Encoded());
        assertEquals("pojo-1", r.requestId());
        assertEquals("192.0.2.4", r.sourceIp());
        assertNull(r.cookies());
        assertSame(e, r.event().get());
    }

    @Test
    void decodesAnAlmostEmptyPojo() {
        APIGatewayProxyRequestEvent e = new APIGatewayProxyRequestEvent();
        e.setHttpMethod("GET");
        e.setRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext());
        SourceRequest r = ApiGatewayRestSource.decode(e);
        assertEquals("/", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertNull(r.sourceIp());
    }

    @Test
    void pojoWithoutMethodIsABadRequest() {
        assertThrows(BadRequestError.class, () -> ApiGatewayRestSource.decode(new APIGatewayProxyRequestEvent()));
    }

    @Test
    void convertsTheResponse() {
        Headers headers = Headers.builder().add("X-Tag", "a").add("X-Tag", "b").add("Content-Type", "application/json").build();
        WireResponse w = new WireResponse(202, headers, List.of("a=1; Secure", "b=2"), "{\"ok\":true}", false);
        APIGatewayProxyResponseEvent r = ApiGatewayRestSource.toResponseEvent(w);
        assertEquals(202, r.getStatusCode());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("X-Tag", List.of("a", "b"));
        expected.put("Content-Type", List.of("application/json"));
        expected.put("Set-Cookie", List.of("a=1; Secure", "b=2"));
        assertEquals(expected, r.getMultiValueHeaders());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(r.getMultiValueHeaders().keySet()));
        assertNull(r.getHeaders());
        assertEquals("{\"ok\":true}", r.getBody());
        assertEquals(Boolean.FALSE, r.getIsBase64Encoded());
        r.getMultiValueHeaders().get("X-Tag").add("mutable");
    }

    @Test
    void convertsABinaryResponseWithoutCookies() {
        WireResponse w = new WireResponse(200, Headers.builder().add("Content-Type", "image/gif").build(),
                List.of(), "R0lGODlh", true);
        APIGatewayProxyResponseEvent r = ApiGatewayRestSource.toResponseEvent(w);
        assertEquals(new HashMap<>(Map.of("Content-Type", List.of("image/gif"))), r.getMultiValueHeaders());
        assertEquals("R0lGODlh", r.getBody());
        assertEquals(Boolean.TRUE, r.getIsBase64Encoded());
    }
}
