package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

class VpcLatticeSourceTest {
    private final VpcLatticeSource source = new VpcLatticeSource();

    @Test
    void identity() {
        assertEquals("vpc-lattice", source.id());
        assertEquals(60, source.priority());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lattice-v1.json", "lattice-v1-nulls.json", "lattice-v1-query-in-path.json"})
    void recognizesVersionOneEvents(String file) {
        assertTrue(source.recognizes(ResourceEvents.json(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lattice-v2-lists.json", "lattice-v2-strings.json", "lattice-v2-nulls.json",
        "alb-single.json", "alb-multi.json", "rest-v1.json", "http-v2.json", "function-url.json"})
    void rejectsOtherEvents(String file) {
        assertFalse(source.recognizes(ResourceEvents.json(file)));
    }

    @Test
    void rawPathAndMethodMustBeStrings() {
        assertFalse(source.recognizes(ResourceEvents.parse("{\"raw_path\":\"/a\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"method\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"raw_path\":{},\"method\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"raw_path\":\"/a\",\"method\":null}")));
    }

    @Test
    void decodesEvent() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v1.json"));
        assertEquals("vpc-lattice", r.source());
        assertEquals("POST", r.method());
        assertEquals("/inventory/sku-9", r.path());
        assertEquals(List.of("first,second"), r.headers().all("X-Multi"), "Lattice's joined value stays one value");
        assertEquals("sid=xyz", r.headers().first("Cookie"));
        assertEquals(5, r.headers().size());
        assertEquals(Map.of("discount", List.of("10%"), "tags", List.of("a,b"), "q", List.of("x+y")),
                r.queryParams().asMap(), "query values are used as Lattice passed them");
        assertEquals("eyJxdHkiOjN9", r.body());
        assertTrue(r.base64Encoded());
        assertNull(r.requestId());
        assertEquals("10.20.30.40", r.sourceIp());
        assertNull(r.cookies());
    }

    @Test
    void decodesNullsEverywhere() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v1-nulls.json"));
        assertEquals("GET", r.method());
        assertEquals("/", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.sourceIp());
        VpcLatticeEvent e = (VpcLatticeEvent) r.event().get();
        assertEquals(new VpcLatticeEvent("get", "", Map.of(), Map.of(), null, false), e);
    }

    @Test
    void queryStringInsideThePathIsParsedWhenThereIsNoParameterObject() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v1-query-in-path.json"));
        assertEquals("/search", r.path());
        assertEquals(Map.of("term", List.of("café"), "page", List.of("2")), r.queryParams().asMap());
        SourceRequest both = source.decode(ResourceEvents.parse("{\"raw_path\":\"/s?x=9\",\"method\":\"GET\","
                + "\"query_string_parameters\":{\"y\":\"1\"}}"));
        assertEquals("/s", both.path());
        assertEquals(Map.of("y", List.of("1")), both.queryParams().asMap());
        BadRequestError e = assertThrows(BadRequestError.class,
                () -> source.decode(ResourceEvents.parse("{\"raw_path\":\"/s?x=%zz\",\"method\":\"GET\"}")));
        assertEquals(400, e.statusCode());
    }

    @Test
    void typedEventIsBuiltOnDemand() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v1.json"));
        VpcLatticeEvent e = assertInstanceOf(VpcLatticeEvent.class, r.event().get());
        assertEquals("post", e.method());
        assertEquals("/inventory/sku-9", e.rawPath());
        assertEquals("first,second", e.headers().get("x-multi"));
        assertEquals(List.of("host", "x-forwarded-for", "x-multi", "cookie", "content-type"), List.copyOf(e.headers().keySet()));
        assertEquals(Map.of("discount", "10%", "tags", "a,b", "q", "x+y"), e.queryStringParameters());
        assertEquals("eyJxdHkiOjN9", e.body());
        assertTrue(e.isBase64Encoded());
        assertThrows(UnsupportedOperationException.class, () -> e.headers().put("a", "b"));
    }

    @Test
    void recordCopiesAndDefaultsItsMaps() {
        VpcLatticeEvent e = new VpcLatticeEvent("GET", "/", null, null, null, false);
        assertEquals(Map.of(), e.headers());
        assertEquals(Map.of(), e.queryStringParameters());
        java.util.HashMap<String, String> h = new java.util.HashMap<>(Map.of("a", "1"));
        VpcLatticeEvent copy = new VpcLatticeEvent("GET", "/", h, Map.of(), null, false);
        h.put("b", "2");
        assertEquals(Map.of("a", "1"), copy.headers());
    }
}
