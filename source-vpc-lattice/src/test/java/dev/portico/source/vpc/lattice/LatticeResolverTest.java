package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.api.UnsupportedEventException;
import dev.portico.testkit.ResourceEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both Lattice resolvers end to end: event JSON in, Lattice response JSON out. */
class LatticeResolverTest {
    static final VpcLatticeResolver V1 = routes(VpcLatticeResolver.builder()).build();
    static final VpcLatticeV2Resolver V2 = routes(VpcLatticeV2Resolver.builder()).build();

    private static <B extends Resolver.Builder> B routes(B b) {
        b.get("/json", r -> Map.of("a", 1));
        b.get("/text", r -> "hello");
        b.get("/bin", r -> new byte[] {1, 2, 3});
        b.get("/headers", r -> Response.builder().header("X-Multi", "a").header("X-Multi", "b")
                .cookie(Cookie.of("a", "1")).cookie(Cookie.of("b", "2").withSecure(false))
                .contentType("text/plain").body("ok").build());
        b.get("/orders/{id}", r -> Map.of("id", r.pathParam("id")));
        b.get("/query", r -> r.queryParams().asMap());
        b.get("/event", r -> r.source().equals(VpcLatticeSource.ID)
                ? r.event(VpcLatticeEvent.class).rawPath()
                : r.event(VpcLatticeV2Event.class).requestContext().serviceArn());
        b.get("/ip", r -> r.sourceIp() + " " + r.source() + " " + r.requestId().isEmpty());
        b.post("/only-post", r -> "posted");
        return b;
    }

    /** An authored Lattice event of either version. */
    static String event(String version, String method, String path, String... query) {
        ObjectNode e = ResourceEvents.MAPPER.createObjectNode();
        boolean v2 = version.equals("v2");
        if (v2) {
            e.put("version", "2.0").put("path", path).put("method", method);
            e.putObject("headers").putArray("x-forwarded-for").add("10.9.8.7");
            ObjectNode q = e.putObject("queryStringParameters");
            for (int i = 0; i < query.length; i += 2) {
                (q.has(query[i]) ? (com.fasterxml.jackson.databind.node.ArrayNode) q.get(query[i]) : q.putArray(query[i]))
                        .add(query[i + 1]);
            }
            e.put("body", "").put("isBase64Encoded", false);
            ObjectNode c = e.putObject("requestContext");
            c.put("serviceNetworkArn", "arn:aws:vpc-lattice:eu-west-1:111122223333:servicenetwork/sn-1")
                    .put("serviceArn", "arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-1")
                    .put("targetGroupArn", "arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-1")
                    .put("region", "eu-west-1").put("timeEpoch", "1700000000000000");
            c.putObject("identity").put("type", "NONE");
        } else {
            e.put("raw_path", path).put("method", method);
            e.putObject("headers").put("x-forwarded-for", "10.9.8.7");
            ObjectNode q = e.putObject("query_string_parameters");
            for (int i = 0; i < query.length; i += 2) {
                q.put(query[i], query[i + 1]);
            }
            e.put("body", "").put("is_base64_encoded", false);
        }
        return e.toString();
    }

    private static JsonNode resolve(String version, String method, String path, String... query) throws IOException {
        return ResourceEvents.tree((version.equals("v2") ? V2 : V1).resolve(event(version, method, path, query), null));
    }

    private static JsonNode expected(int status, String line, String headers, String body, boolean b64) throws IOException {
        return ResourceEvents.tree("{\"statusCode\":" + status + ",\"statusDescription\":\"" + line + "\",\"headers\":" + headers
                + ",\"body\":" + body + ",\"isBase64Encoded\":" + b64 + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void jsonTextAndBinaryResults(String v) throws IOException {
        assertEquals(expected(200, "200 OK", "{\"Content-Type\":\"application/json\"}", "\"{\\\"a\\\":1}\"", false),
                resolve(v, "GET", "/json"));
        assertEquals(expected(200, "200 OK", "{\"Content-Type\":\"text/plain; charset=utf-8\"}", "\"hello\"", false),
                resolve(v, "GET", "/text"));
        assertEquals(expected(200, "200 OK", "{\"Content-Type\":\"application/octet-stream\"}", "\"AQID\"", true),
                resolve(v, "GET", "/bin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void repeatedHeadersAreJoinedAndTheLastCookieIsKept(String v) throws IOException {
        assertEquals(expected(200, "200 OK", "{\"X-Multi\":\"a, b\",\"Content-Type\":\"text/plain\",\"Set-Cookie\":\"b=2\"}",
                "\"ok\"", false), resolve(v, "GET", "/headers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void notFoundAndMethodNotAllowed(String v) throws IOException {
        assertEquals(expected(404, "404 Not Found", "{\"Content-Type\":\"application/json\"}",
                "\"{\\\"statusCode\\\":404,\\\"message\\\":\\\"Not found\\\"}\"", false), resolve(v, "GET", "/nope"));
        assertEquals(expected(405, "405 Method Not Allowed", "{\"Content-Type\":\"application/json\",\"Allow\":\"POST\"}",
                "\"{\\\"statusCode\\\":405,\\\"message\\\":\\\"Method not allowed\\\"}\"", false), resolve(v, "GET", "/only-post"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void pathParamsQueryAndClientAddress(String v) throws IOException {
        assertEquals("{\"id\":\"sku-9\"}", resolve(v, "GET", "/orders/sku-9").get("body").asText());
        JsonNode query = ResourceEvents.tree(resolve(v, "GET", "/query", "q", "10%", "r", "a+b").get("body").asText());
        assertEquals(ResourceEvents.tree("{\"q\":[\"10%\"],\"r\":[\"a+b\"]}"), query, "used as Lattice passed them");
        String source = v.equals("v2") ? "vpc-lattice-v2" : "vpc-lattice";
        assertEquals("10.9.8.7 " + source + " false", resolve(v, "GET", "/ip").get("body").asText(),
                "no request id in the event: the core supplies one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void typedEventThroughTheRequest(String v) throws IOException {
        assertEquals(v.equals("v2") ? "arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-1" : "/event",
                resolve(v, "GET", "/event").get("body").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void streamEntryPoint(String v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        (v.equals("v2") ? V2 : V1).handleRequest(
                new ByteArrayInputStream(event(v, "GET", "/json").getBytes(StandardCharsets.UTF_8)), out, null);
        assertEquals(expected(200, "200 OK", "{\"Content-Type\":\"application/json\"}", "\"{\\\"a\\\":1}\"", false),
                ResourceEvents.tree(out.toString(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void eachResolverRefusesOtherEvents(String v) {
        String other = event(v.equals("v2") ? "v1" : "v2", "GET", "/json");
        var app = v.equals("v2") ? V2 : V1;
        assertThrows(UnsupportedEventException.class, () -> app.resolve(other, null));
        assertThrows(UnsupportedEventException.class, () -> app.resolve(ResourceEvents.text("http-v2.json"), null));
        assertThrows(UnsupportedEventException.class, () -> app.resolve(ResourceEvents.text("alb-single.json"), null));
        assertEquals(1, app.sources().size());
        assertSame(v.equals("v2") ? VpcLatticeV2Source.class : VpcLatticeSource.class, app.sources().get(0).getClass());
    }
}
