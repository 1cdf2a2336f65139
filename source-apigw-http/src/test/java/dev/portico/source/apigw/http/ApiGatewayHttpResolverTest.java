package dev.portico.source.apigw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import dev.portico.testkit.NamedEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayHttpResolverTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApiGatewayHttpResolver APP = app();

    private static ApiGatewayHttpResolver app() {
        Resolver.TypedBuilder<ApiGatewayHttpResolver> b = ApiGatewayHttpResolver.builder().debug(false);
        b.get("/todos/{id}", r -> Map.of("id", r.pathParam("id")));
        b.get("/hello", r -> "hi " + r.queryParam("name"));
        b.get("/logo", r -> new byte[] {0, 1, 2, (byte) 0xff});
        b.get("/stage", r -> r.event(APIGatewayV2HTTPEvent.class).getRequestContext().getStage());
        b.post("/orders/{id}", r -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", r.pathParam("id"));
            body.put("session", r.cookie("session"));
            body.put("theme", r.cookie("theme"));
            body.put("tags", r.queryParams().all("tag"));
            body.put("bytes", r.bodyBytes().length);
            return Response.status(201).header("X-Tag", "a").header("X-Tag", "b")
                    .cookie(Cookie.of("s", "1")).cookie(Cookie.of("t", "2").withHttpOnly(true))
                    .contentType("application/json").body(body).build();
        });
        return b.build();
    }

    /** An HTTP API event for a method and raw path, from the authored GET event. */
    private static String event(String method, String rawPath, String rawQuery) throws Exception {
        Map<String, Object> e = NamedEvents.map("http-api-get-default.json");
        e.put("rawPath", rawPath);
        e.put("rawQueryString", rawQuery);
        NamedEvents.object(NamedEvents.object(e, "requestContext"), "http").put("method", method);
        return MAPPER.writeValueAsString(e);
    }

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json.replace('\'', '"'));
    }

    @Test
    void answersJson() throws Exception {
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'application/json'},'cookies':[],"
                + "'body':'{\\'id\\':\\'7\\'}','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/todos/7", ""), null)));
    }

    @Test
    void answersText() throws Exception {
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'text/plain; charset=utf-8'},'cookies':[],"
                + "'body':'hi Ann B&C','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/hello", "name=Ann%20B%26C"), null)));
    }

    @Test
    void answersBinary() throws Exception {
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'application/octet-stream'},'cookies':[],"
                + "'body':'AAEC/w==','isBase64Encoded':true}"),
                MAPPER.readTree(APP.resolve(event("GET", "/logo", ""), null)));
    }

    @Test
    void stripsTheStageAndPassesCookiesQueryAndBinaryBody() throws Exception {
        String expected = "{'statusCode':201,'headers':{'X-Tag':'a, b','Content-Type':'application/json'},"
                + "'cookies':['s=1; Secure','t=2; Secure; HttpOnly'],"
                + "'body':'{\\'id\\':\\'42\\',\\'session\\':\\'abc\\',\\'theme\\':\\'dark\\',\\'tags\\':[\\'a\\',\\'b\\'],"
                + "\\'bytes\\':4}','isBase64Encoded':false}";
        String json = new String(NamedEvents.bytes("http-api-post.json"), StandardCharsets.UTF_8);
        assertEquals(tree(expected), MAPPER.readTree(APP.resolve(json, null)));
    }

    @Test
    void answersNotFoundAndMethodNotAllowed() throws Exception {
        assertEquals(tree("{'statusCode':404,'headers':{'Content-Type':'application/json'},'cookies':[],"
                + "'body':'{\\'statusCode\\':404,\\'message\\':\\'Not found\\'}','isBase64Encoded':false}"),
                MAPPER.readTree(APP.resolve(event("GET", "/nope", ""), null)));
        JsonNode notAllowed = MAPPER.readTree(APP.resolve(event("DELETE", "/hello", ""), null));
        assertEquals(405, notAllowed.get("statusCode").asInt());
        assertEquals("{\"statusCode\":405,\"message\":\"Method not allowed\"}", notAllowed.get("body").asText());
        assertEquals("GET, HEAD", notAllowed.get("headers").get("Allow").asText());
        assertEquals(tree("[]"), notAllowed.get("cookies"));
    }

    @Test
    void keepsTheDefaultStagePath() throws Exception {
        JsonNode r = MAPPER.readTree(APP.resolve(event("GET", "/prod/todos/1", ""), null));
        assertEquals(404, r.get("statusCode").asInt());
        Map<String, Object> e = NamedEvents.map("http-api-get-default.json");
        e.put("rawPath", "/prod/todos/1");
        NamedEvents.object(e, "requestContext").put("stage", "prod");
        JsonNode stripped = MAPPER.readTree(APP.resolve(MAPPER.writeValueAsString(e), null));
        assertEquals("{\"id\":\"1\"}", stripped.get("body").asText());
        e.put("rawPath", "/production/todos/1");
        assertEquals(404, MAPPER.readTree(APP.resolve(MAPPER.writeValueAsString(e), null)).get("statusCode").asInt());
    }

    @Test
    void givesHandlersTheTypedEvent() throws Exception {
        Map<String, Object> e = NamedEvents.map("http-api-get-default.json");
        e.put("rawPath", "/beta/stage");
        NamedEvents.object(e, "requestContext").put("stage", "beta");
        assertEquals("beta", MAPPER.readTree(APP.resolve(MAPPER.writeValueAsString(e), null)).get("body").asText());
    }

    @Test
    void answersStreams() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        APP.handleRequest(new ByteArrayInputStream(event("GET", "/todos/x%20y", "").getBytes(StandardCharsets.UTF_8)),
                out, null);
        assertEquals(tree("{'statusCode':200,'headers':{'Content-Type':'application/json'},'cookies':[],"
                + "'body':'{\\'id\\':\\'x y\\'}','isBase64Encoded':false}"), MAPPER.readTree(out.toByteArray()));
    }

    @Test
    void answersTypedEvents() {
        APIGatewayV2HTTPEvent typed = (APIGatewayV2HTTPEvent) new ApiGatewayHttpSource()
                .decode(NamedEvents.json("http-api-post.json")).event().get();
        APIGatewayV2HTTPResponse r = APP.handleRequest(typed, null);
        assertEquals(201, r.getStatusCode());
        assertEquals(Map.of("X-Tag", "a, b", "Content-Type", "application/json"), r.getHeaders());
        assertEquals(List.of("s=1; Secure", "t=2; Secure; HttpOnly"), r.getCookies());
        assertEquals("{\"id\":\"42\",\"session\":\"abc\",\"theme\":\"dark\",\"tags\":[\"a\",\"b\"],\"bytes\":4}", r.getBody());
        assertFalse(r.getIsBase64Encoded());
        assertNull(r.getMultiValueHeaders());

        typed.setRawPath("/beta/stage");
        typed.getRequestContext().setStage("beta");
        typed.getRequestContext().getHttp().setMethod("GET");
        APIGatewayV2HTTPResponse stage = APP.handleRequest(typed, null);
        assertEquals("beta", stage.getBody());
        assertEquals(Map.of("Content-Type", "text/plain; charset=utf-8"), stage.getHeaders());
        assertEquals(List.of(), stage.getCookies());
    }

    @Test
    void refusesOtherEventsAndIsDiscovered() throws Exception {
        String url = MAPPER.writeValueAsString(NamedEvents.map("function-url.json"));
        assertThrows(UnsupportedEventException.class, () -> APP.resolve(url, null));
        var b = Resolver.builder().debug(false);
        b.get("/who", r -> r.source());
        Resolver discovered = b.build();
        assertTrue(discovered.sources().stream().anyMatch(s -> s instanceof ApiGatewayHttpSource));
        assertEquals("apigw-http", MAPPER.readTree(discovered.resolve(event("GET", "/who", ""), null))
                .get("body").asText());
    }
}
