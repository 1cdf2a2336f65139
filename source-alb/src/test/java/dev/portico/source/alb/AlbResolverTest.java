package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testkit.ResourceEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlbResolverTest {
    static final AlbResolver APP = app();

    private static AlbResolver app() {
        Resolver.TypedBuilder<AlbResolver> b = AlbResolver.builder();
        b.get("/json", r -> Map.of("a", 1));
        b.get("/text", r -> "hello");
        b.get("/bin", r -> new byte[] {1, 2, 3});
        b.get("/headers", r -> Response.builder().header("X-Multi", "a").header("X-Multi", "b")
                .cookie(Cookie.of("a", "1")).cookie(Cookie.of("b", "2").withSecure(false))
                .contentType("text/plain").body("ok").build());
        b.get("/orders/{id}", r -> Map.of("id", r.pathParam("id")));
        b.get("/query", r -> r.queryParams().asMap());
        b.get("/event", r -> r.event(ApplicationLoadBalancerRequestEvent.class).getRequestContext().getElb().getTargetGroupArn());
        b.get("/ip", r -> r.sourceIp() + " " + r.source());
        b.post("/only-post", r -> "posted");
        return b.build();
    }

    /** An authored ALB event. */
    static String event(String method, String path, boolean multi, Map<String, List<String>> query) {
        ObjectNode e = ResourceEvents.MAPPER.createObjectNode();
        e.putObject("requestContext").putObject("elb").put("targetGroupArn",
                "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/portico/0011223344556677");
        e.put("httpMethod", method).put("path", path);
        ObjectNode q = e.putObject(multi ? "multiValueQueryStringParameters" : "queryStringParameters");
        query.forEach((k, v) -> {
            if (multi) {
                v.forEach(q.putArray(k)::add);
            } else {
                q.put(k, v.get(v.size() - 1));
            }
        });
        ObjectNode h = e.putObject(multi ? "multiValueHeaders" : "headers");
        if (multi) {
            h.putArray("x-forwarded-for").add("203.0.113.5");
        } else {
            h.put("x-forwarded-for", "203.0.113.5, 10.0.0.9");
        }
        e.put("body", "").put("isBase64Encoded", false);
        return e.toString();
    }

    static JsonNode resolve(String method, String path, boolean multi) throws IOException {
        return ResourceEvents.tree(APP.resolve(event(method, path, multi, Map.of()), null));
    }

    private static String expected(int status, String line, boolean multi, String headers, String body, boolean b64) {
        return "{\"statusCode\":" + status + ",\"statusDescription\":\"" + line + "\",\""
                + (multi ? "multiValueHeaders" : "headers") + "\":" + headers + ",\"body\":" + body
                + ",\"isBase64Encoded\":" + b64 + "}";
    }

    @Test
    void jsonTextAndBinaryResultsInBothModes() throws IOException {
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", false, "{\"Content-Type\":\"application/json\"}", "\"{\\\"a\\\":1}\"", false)),
                resolve("GET", "/json", false));
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", true, "{\"Content-Type\":[\"application/json\"]}", "\"{\\\"a\\\":1}\"", false)),
                resolve("GET", "/json", true));
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", false, "{\"Content-Type\":\"text/plain; charset=utf-8\"}", "\"hello\"", false)),
                resolve("GET", "/text", false));
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", true, "{\"Content-Type\":[\"application/octet-stream\"]}", "\"AQID\"", true)),
                resolve("GET", "/bin", true));
    }

    @Test
    void repeatedHeadersAndCookies() throws IOException {
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", true, "{\"X-Multi\":[\"a\",\"b\"],\"Content-Type\":[\"text/plain\"],"
                + "\"Set-Cookie\":[\"a=1; Secure\",\"b=2\"]}", "\"ok\"", false)), resolve("GET", "/headers", true));
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", false, "{\"X-Multi\":\"a, b\",\"Content-Type\":\"text/plain\","
                + "\"Set-Cookie\":\"b=2\"}", "\"ok\"", false)), resolve("GET", "/headers", false));
    }

    @Test
    void notFoundAndMethodNotAllowed() throws IOException {
        assertEquals(ResourceEvents.tree(expected(404, "404 Not Found", false, "{\"Content-Type\":\"application/json\"}",
                "\"{\\\"statusCode\\\":404,\\\"message\\\":\\\"Not found\\\"}\"", false)), resolve("GET", "/nope", false));
        assertEquals(ResourceEvents.tree(expected(405, "405 Method Not Allowed", true,
                        "{\"Content-Type\":[\"application/json\"],\"Allow\":[\"POST\"]}",
                        "\"{\\\"statusCode\\\":405,\\\"message\\\":\\\"Method not allowed\\\"}\"", false)),
                resolve("GET", "/only-post", true));
    }

    @Test
    void pathParamsDecodedQueryAndSourceIp() throws IOException {
        assertEquals("{\"id\":\"42\"}", resolve("GET", "/orders/42", false).get("body").asText());
        String single = APP.resolve(event("GET", "/query", false, Map.of("q", List.of("caf%C3%A9+cr%C3%A8me"), "tag%5B%5D", List.of("x%26y"))), null);
        assertEquals(ResourceEvents.tree("{\"q\":[\"café crème\"],\"tag[]\":[\"x&y\"]}"), ResourceEvents.tree(ResourceEvents.tree(single).get("body").asText()));
        String multi = APP.resolve(event("GET", "/query", true, Map.of("q", List.of("a%20b", "c+d"))), null);
        assertEquals(ResourceEvents.tree("{\"q\":[\"a b\",\"c d\"]}"), ResourceEvents.tree(ResourceEvents.tree(multi).get("body").asText()));
        assertEquals("203.0.113.5 alb", resolve("GET", "/ip", false).get("body").asText());
    }

    @Test
    void malformedQueryIsBadRequest() throws IOException {
        JsonNode r = ResourceEvents.tree(APP.resolve(event("GET", "/query", false, Map.of("q", List.of("%E2%82"))), null));
        assertEquals(400, r.get("statusCode").asInt());
        assertEquals("400 Bad Request", r.get("statusDescription").asText());
        assertEquals(400, ResourceEvents.tree(r.get("body").asText()).get("statusCode").asInt());
    }

    @Test
    void malformedEventsAreAnsweredInTheirOwnHeaderMode() throws IOException {
        for (boolean multi : new boolean[] {false, true}) {
            JsonNode r = ResourceEvents.tree(APP.resolve(event("GET", "/query", multi, Map.of("q", List.of("%zz"))), null));
            assertEquals(ResourceEvents.tree(expected(400, "400 Bad Request", multi,
                    multi ? "{\"Content-Type\":[\"application/json\"]}" : "{\"Content-Type\":\"application/json\"}",
                    "\"{\\\"statusCode\\\":400,\\\"message\\\":\\\"Malformed percent-encoding in query parameter: "
                            + "'%' at index 0 is not followed by two hex digits\\\"}\"", false)), r);
        }
    }

    @Test
    void typedEventThroughTheRequest() throws IOException {
        assertEquals("arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/portico/0011223344556677",
                resolve("GET", "/event", true).get("body").asText());
    }

    @Test
    void streamEntryPoint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        APP.handleRequest(new ByteArrayInputStream(event("GET", "/text", true, Map.of()).getBytes(StandardCharsets.UTF_8)), out, null);
        assertEquals(ResourceEvents.tree(expected(200, "200 OK", true, "{\"Content-Type\":[\"text/plain; charset=utf-8\"]}", "\"hello\"", false)),
                ResourceEvents.tree(out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void typedEntryPoint() {
        ApplicationLoadBalancerRequestEvent e = new ApplicationLoadBalancerRequestEvent();
        e.setHttpMethod("GET");
        e.setPath("/event");
        e.setMultiValueHeaders(Map.of("host", List.of("example.com")));
        ApplicationLoadBalancerRequestEvent.Elb elb = new ApplicationLoadBalancerRequestEvent.Elb();
        elb.setTargetGroupArn("arn:typed");
        ApplicationLoadBalancerRequestEvent.RequestContext rc = new ApplicationLoadBalancerRequestEvent.RequestContext();
        rc.setElb(elb);
        e.setRequestContext(rc);
        ApplicationLoadBalancerResponseEvent r = APP.handleRequest(e, null);
        assertEquals(200, r.getStatusCode());
        assertEquals("200 OK", r.getStatusDescription());
        assertEquals("arn:typed", r.getBody());
        assertEquals(Map.of("Content-Type", List.of("text/plain; charset=utf-8")), r.getMultiValueHeaders());

        e.setMultiValueQueryStringParameters(Map.of("q", List.of("%zz")));
        ApplicationLoadBalancerResponseEvent bad = APP.handleRequest(e, null);
        assertEquals(400, bad.getStatusCode());
        assertEquals("400 Bad Request", bad.getStatusDescription());
        assertEquals(Map.of("Content-Type", List.of("application/json")), bad.getMultiValueHeaders());
        JsonNode body = ResourceEvents.parseTree(bad.getBody());
        assertEquals(400, body.get("statusCode").asInt());
        assertTrue(body.get("message").asText().startsWith("Malformed percent-encoding in query parameter"), body.toString());
    }

    @Test
    void otherEventsAreRefused() {
        assertThrows(UnsupportedEventException.class, () -> APP.resolve(ResourceEvents.text("rest-v1.json"), null));
        assertThrows(UnsupportedEventException.class, () -> APP.resolve(ResourceEvents.text("lattice-v2.json"), null));
        assertSame(AlbSource.class, APP.sources().get(0).getClass());
        assertEquals(1, APP.sources().size());
    }
}
