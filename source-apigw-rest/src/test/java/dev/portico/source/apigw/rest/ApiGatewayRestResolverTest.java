package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.text;
import static dev.portico.source.apigw.rest.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.api.UnsupportedEventException;
import dev.portico.core.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** End to end through {@link ApiGatewayRestResolver}: each case answered by all three entry points. */
class ApiGatewayRestResolverTest {
    private static final ApiGatewayRestResolver APP = app();

    private static ApiGatewayRestResolver app() {
        Resolver.TypedBuilder<ApiGatewayRestResolver> b = ApiGatewayRestResolver.builder();
        b.get("/todos", r -> {
            Map<String, Object> todo = new LinkedHashMap<>();
            todo.put("id", 1);
            todo.put("title", "write tests");
            todo.put("completed", true);
            return Map.of("todos", List.of(todo));
        });
        b.get("/text", r -> "plain text");
        b.get("/bytes", r -> new byte[] {0, 1, 2, (byte) 0xff});
        b.get("/rich", r -> Response.status(201)
                .header("X-Tag", "a").header("Vary", "Origin").header("x-tag", "b")
                .cookie(Cookie.of("session", "abc").withHttpOnly(true))
                .cookie(Cookie.of("theme", "dark").withSecure(false).withPath("/"))
                .contentType("text/plain").body("made").build());
        b.get("/items", r -> "items");
        b.put("/items", r -> "put");
        b.get("/orders/{orderId}/lines/<line>", r -> new LinkedHashMap<>(r.pathParams()));
        b.post("/orders/{orderId}", r -> Map.of("query", r.queryParams().asMap(),
                "accept", r.headers().all("accept"), "cookie", r.cookie("session"), "body", r.json()));
        b.get("/typed", r -> {
            APIGatewayProxyRequestEvent e = r.event(APIGatewayProxyRequestEvent.class);
            return Map.of("resource", e.getResource(), "method", e.getHttpMethod());
        });
        return b.build();
    }

    private static String event(String method, String path) {
        return "{\"httpMethod\":\"" + method + "\",\"path\":\"" + path + "\",\"requestContext\":{\"requestId\":\"r-1\"}}";
    }

    /** Compares responses as trees, JSON bodies parsed (handlers return maps without a key order). */
    private static void assertAnswer(String expected, String event) {
        JsonNode actual = Answers.all(APP, event);
        assertEquals(Answers.normalize(tree(expected)), Answers.normalize(actual), actual.toString());
    }

    @Test
    void mapResultIsJson() {
        assertAnswer("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"todos\\\":[{\\\"id\\\":1,\\\"title\\\":\\\"write tests\\\",\\\"completed\\\":true}]}\","
                + "\"isBase64Encoded\":false}", event("GET", "/todos"));
    }

    @Test
    void stringResultIsText() {
        assertAnswer("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"text/plain; charset=utf-8\"]},"
                + "\"body\":\"plain text\",\"isBase64Encoded\":false}", event("GET", "/text"));
    }

    @Test
    void bytesResultIsBase64() {
        assertAnswer("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/octet-stream\"]},"
                + "\"body\":\"AAEC/w==\",\"isBase64Encoded\":true}", event("GET", "/bytes"));
    }

    @Test
    void responseWithRepeatedHeadersAndCookies() {
        String event = event("GET", "/rich");
        assertAnswer("{\"statusCode\":201,\"multiValueHeaders\":{\"X-Tag\":[\"a\",\"b\"],\"Vary\":[\"Origin\"],"
                + "\"Content-Type\":[\"text/plain\"],"
                + "\"Set-Cookie\":[\"session=abc; Secure; HttpOnly\",\"theme=dark; Path=/\"]},"
                + "\"body\":\"made\",\"isBase64Encoded\":false}", event);
        List<String> names = new ArrayList<>();
        Answers.resolve(APP, event).get("multiValueHeaders").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("X-Tag", "Vary", "Content-Type", "Set-Cookie"), names);
    }

    @Test
    void notFound() {
        assertAnswer("{\"statusCode\":404,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"statusCode\\\":404,\\\"message\\\":\\\"Not found\\\"}\",\"isBase64Encoded\":false}",
                event("GET", "/nowhere"));
    }

    @Test
    void methodNotAllowedListsTheAllowedMethods() {
        assertAnswer("{\"statusCode\":405,\"multiValueHeaders\":{\"Allow\":[\"GET, HEAD, PUT\"],"
                + "\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"statusCode\\\":405,\\\"message\\\":\\\"Method not allowed\\\"}\","
                + "\"isBase64Encoded\":false}", event("DELETE", "/items"));
    }

    @Test
    void pathParameters() {
        assertAnswer("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"orderId\\\":\\\"42\\\",\\\"line\\\":\\\"a b\\\"}\",\"isBase64Encoded\":false}",
                event("GET", "/orders/42/lines/a%20b"));
    }

    @Test
    void queryHeadersCookiesAndBodyFromAFullEvent() {
        JsonNode actual = Answers.all(APP, text("rest-full.json"));
        assertEquals(200, actual.get("statusCode").asInt());
        assertEquals(tree("{\"query\":{\"tag\":[\"red\",\"blue\"],\"q\":[\"fish & chips\"],\"Tag\":[\"upper\"],"
                + "\"only\":[\"single\"]},\"accept\":[\"application/json\",\"text/plain\"],\"cookie\":\"abc123\","
                + "\"body\":{\"item\":\"book\",\"quantity\":2}}"), tree(actual.get("body").asText()));
    }

    @Test
    void typedEvent() {
        assertAnswer("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":\"{\\\"resource\\\":\\\"/typed/{x}\\\",\\\"method\\\":\\\"GET\\\"}\",\"isBase64Encoded\":false}",
                "{\"httpMethod\":\"GET\",\"path\":\"/typed\",\"resource\":\"/typed/{x}\"}");
    }

    @Test
    void typedEntryPointHandsTheSameEventToHandlers() {
        AtomicReference<Object> seen = new AtomicReference<>();
        Resolver.TypedBuilder<ApiGatewayRestResolver> b = ApiGatewayRestResolver.builder();
        b.get("/seen", r -> {
            seen.set(r.event(APIGatewayProxyRequestEvent.class));
            return null;
        });
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setHttpMethod("GET");
        event.setPath("/seen");
        b.build().handleRequest(event, null);
        assertSame(event, seen.get());
    }

    @Test
    void fixedSourceRejectsOtherEvents() {
        UnsupportedEventException e = assertThrows(UnsupportedEventException.class,
                () -> APP.resolve(text("http-v2.json"), null));
        assertEquals(List.of("apigw-rest"), e.triedSources());
        assertThrows(UnsupportedEventException.class, () -> APP.resolve(text("alb.json"), null));
    }

    @Test
    void builderFixesTheRestSource() {
        assertEquals(List.of("apigw-rest"), APP.sources().stream().map(s -> s.id()).toList());
    }
}
