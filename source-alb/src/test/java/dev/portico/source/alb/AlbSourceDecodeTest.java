package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.BadRequestError;
import dev.portico.api.spi.SourceRequest;
import dev.portico.testkit.ResourceEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlbSourceDecodeTest {
    private final AlbSource source = new AlbSource();

    @Test
    void identity() {
        assertEquals("alb", source.id());
        assertEquals(80, source.priority());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alb-single.json", "alb-multi.json", "alb-multi-empty.json", "alb-nulls.json",
        "alb-malformed-name.json"})
    void recognizesAlbEvents(String file) {
        assertTrue(source.recognizes(ResourceEvents.json(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rest-v1.json", "http-v2.json", "function-url.json", "lattice-v1.json", "lattice-v2.json"})
    void rejectsOtherEvents(String file) {
        assertFalse(source.recognizes(ResourceEvents.json(file)));
    }

    @Test
    void elbMustBeAnObject() {
        assertFalse(source.recognizes(ResourceEvents.parse("{\"requestContext\":{\"elb\":\"x\"},\"httpMethod\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"requestContext\":{\"elb\":null}}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"requestContext\":\"elb\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{}")));
    }

    @Test
    void decodesSingleValueEvent() {
        SourceRequest r = source.decode(ResourceEvents.json("alb-single.json"));
        assertEquals("alb", r.source());
        assertEquals("POST", r.method());
        assertEquals("/orders/42", r.path());
        assertEquals("text/plain", r.headers().first("content-type"));
        assertEquals("198.51.100.23, 10.1.2.3", r.headers().first("X-FORWARDED-FOR"));
        assertEquals(5, r.headers().size());
        assertEquals(Map.of("q", List.of("café au lait"), "tag[]", List.of("a&b"), "plain", List.of("x")),
                r.queryParams().asMap());
        assertEquals("hello ALB", r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertEquals("198.51.100.23", r.sourceIp());
        assertNull(r.cookies(), "cookies come from the Cookie header");
        assertFalse(AlbSource.isMultiValue(r));
    }

    @Test
    void decodesMultiValueEvent() {
        SourceRequest r = source.decode(ResourceEvents.json("alb-multi.json"));
        assertEquals("PUT", r.method());
        assertEquals("/items", r.path());
        assertEquals(List.of("application/json", "text/plain"), r.headers().all("Accept"));
        assertEquals(List.of("one", "two"), r.headers().all("x-trace"));
        assertEquals(Map.of("id", List.of("1", "2,3"), "name x", List.of("Jürgen")), r.queryParams().asMap());
        assertEquals(List.of("1", "2,3"), r.queryParams().all("id"));
        assertEquals("AAECAwQ=", r.body());
        assertTrue(r.base64Encoded());
        assertEquals("192.0.2.44", r.sourceIp());
        assertNull(r.requestId());
        assertTrue(AlbSource.isMultiValue(r));
    }

    @Test
    void emptyMultiValueMapsStillMeanMultiValueMode() {
        SourceRequest r = source.decode(ResourceEvents.json("alb-multi-empty.json"));
        assertTrue(AlbSource.isMultiValue(r));
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertEquals("", r.body());
        assertNull(r.sourceIp());
    }

    @Test
    void malformedQueryValueIsBadRequest() {
        BadRequestError e = assertThrows(BadRequestError.class, () -> source.decode(ResourceEvents.json("alb-malformed-query.json")));
        assertEquals(400, e.statusCode());
        assertTrue(e.getMessage().startsWith("Malformed percent-encoding in query parameter"), e.getMessage());
    }

    @Test
    void malformedQueryNameIsBadRequest() {
        BadRequestError e = assertThrows(BadRequestError.class, () -> source.decode(ResourceEvents.json("alb-malformed-name.json")));
        assertEquals(400, e.statusCode());
    }

    @Test
    void decodesNullsEverywhere() {
        SourceRequest r = source.decode(ResourceEvents.json("alb-nulls.json"));
        assertEquals("DELETE", r.method());
        assertEquals("/", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.sourceIp());
        assertNull(r.requestId());
        assertFalse(AlbSource.isMultiValue(r));
    }

    @Test
    void nullHeaderAndQueryValuesAreSkipped() {
        SourceRequest r = source.decode(ResourceEvents.parse("{\"requestContext\":{\"elb\":{}},\"httpMethod\":\"GET\",\"path\":\"/\","
                + "\"multiValueHeaders\":{\"a\":[null,\"1\"],\"b\":null},"
                + "\"multiValueQueryStringParameters\":{\"x\":null,\"y\":[null]}}"));
        assertEquals(Map.of("a", List.of("1")), r.headers().asMap());
        assertTrue(r.queryParams().isEmpty());
    }
}
