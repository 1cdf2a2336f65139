package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.spi.SourceRequest;
import dev.portico.testkit.ResourceEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VpcLatticeV2SourceTest {
    private final VpcLatticeV2Source source = new VpcLatticeV2Source();

    @Test
    void identity() {
        assertEquals("vpc-lattice-v2", source.id());
        assertEquals(70, source.priority());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lattice-v2-lists.json", "lattice-v2-strings.json", "lattice-v2-nulls.json"})
    void recognizesVersionTwoEvents(String file) {
        assertTrue(source.recognizes(ResourceEvents.json(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lattice-v1.json", "lattice-v1-nulls.json", "alb-single.json", "alb-multi.json",
        "rest-v1.json", "http-v2.json", "function-url.json"})
    void rejectsOtherEvents(String file) {
        assertFalse(source.recognizes(ResourceEvents.json(file)));
    }

    @Test
    void detectionNeedsVersionPathMethodAndNoHttpContext() {
        assertTrue(source.recognizes(ResourceEvents.parse("{\"version\":\"2.0\",\"path\":\"/\",\"method\":\"GET\"}")));
        assertTrue(source.recognizes(ResourceEvents.parse("{\"version\":\"2.0\",\"path\":\"/\",\"method\":\"GET\",\"requestContext\":{}}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"version\":\"2.0\",\"path\":\"/\",\"method\":\"GET\","
                + "\"requestContext\":{\"http\":{\"method\":\"GET\"}}}")), "an HTTP API v2 shape");
        assertFalse(source.recognizes(ResourceEvents.parse("{\"version\":\"1.0\",\"path\":\"/\",\"method\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"version\":2.0,\"path\":\"/\",\"method\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"version\":\"2.0\",\"method\":\"GET\"}")));
        assertFalse(source.recognizes(ResourceEvents.parse("{\"version\":\"2.0\",\"path\":\"/\"}")));
    }

    @Test
    void decodesListValues() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v2-lists.json"));
        assertEquals("vpc-lattice-v2", r.source());
        assertEquals("PUT", r.method());
        assertEquals("/inventory/sku-9", r.path());
        assertEquals(List.of("application/json", "text/plain"), r.headers().all("Accept"));
        assertEquals("sid=xyz", r.headers().first("cookie"));
        assertEquals(Map.of("id", List.of("1", "2"), "discount", List.of("10%")), r.queryParams().asMap());
        assertEquals("{\"qty\":3}", r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.requestId());
        assertEquals("172.16.5.6", r.sourceIp());
    }

    @Test
    void decodesStringValuesAndSnakeCaseQuery() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v2-strings.json"));
        assertEquals("GET", r.method());
        assertEquals("/inventory", r.path());
        assertEquals(List.of("first,second"), r.headers().all("x-multi"));
        assertEquals(Map.of("page", List.of("3")), r.queryParams().asMap());
        assertEquals("aGk=", r.body());
        assertTrue(r.base64Encoded());
        assertNull(r.sourceIp(), "no X-Forwarded-For header");
    }

    @Test
    void decodesNullsEverywhere() {
        SourceRequest r = source.decode(ResourceEvents.json("lattice-v2-nulls.json"));
        assertEquals("DELETE", r.method());
        assertEquals("/", r.path());
        assertTrue(r.headers().isEmpty());
        assertTrue(r.queryParams().isEmpty());
        assertNull(r.body());
        assertFalse(r.base64Encoded());
        assertNull(r.sourceIp());
        assertEquals(new VpcLatticeV2Event("2.0", "", "delete", Map.of(), Map.of(), null, false, null), r.event().get());
    }

    @Test
    void typedEventIsBuiltOnDemand() {
        VpcLatticeV2Event e = assertInstanceOf(VpcLatticeV2Event.class,
                source.decode(ResourceEvents.json("lattice-v2-lists.json")).event().get());
        assertEquals("2.0", e.version());
        assertEquals("/inventory/sku-9", e.path());
        assertEquals("PUT", e.method());
        assertEquals(List.of("application/json", "text/plain"), e.headers().get("accept"));
        assertEquals(Map.of("id", List.of("1", "2"), "discount", List.of("10%")), e.queryStringParameters());
        assertEquals("{\"qty\":3}", e.body());
        assertFalse(e.isBase64Encoded());
        assertEquals(new VpcLatticeV2Event.RequestContext(
                "arn:aws:vpc-lattice:eu-west-1:111122223333:servicenetwork/sn-0aa11bb22cc33dd44",
                "arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0ee55ff66aa77bb88",
                "arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-0cc99dd00ee11ff22",
                new VpcLatticeV2Event.Identity("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0123456789abcdef0",
                        "AWS_IAM", "arn:aws:sts::111122223333:assumed-role/inventory-caller/session-7", "o-abc123def4",
                        "session-7", "client.example.org", "Platform", "client.example.org",
                        "spiffe://example.org/client", "client"),
                "eu-west-1", "1700000000123456"), e.requestContext());

        VpcLatticeV2Event s = (VpcLatticeV2Event) source.decode(ResourceEvents.json("lattice-v2-strings.json")).event().get();
        assertEquals(List.of("first,second"), s.headers().get("x-multi"));
        assertEquals(Map.of("page", List.of("3")), s.queryStringParameters());
        assertTrue(s.isBase64Encoded());
        assertEquals(new VpcLatticeV2Event.Identity(null, "NONE", null, null, null, null, null, "upper.example.org",
                null, null), s.requestContext().identity());
    }
}
