package dev.portico.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.benchmarks.baseline.JacksonApi;
import dev.portico.benchmarks.baseline.JacksonTypedHandler;
import dev.portico.benchmarks.harness.Variants;
import dev.portico.benchmarks.jmh.Events;
import dev.portico.benchmarks.launch.BenchContext;
import dev.portico.benchmarks.portico.PorticoTypedHandler;
import dev.portico.benchmarks.portico.TodoApi;
import dev.portico.benchmarks.portico.TypedTodoApi;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Portico variant and its hand-written baseline do the same job: the same response JSON (status,
 * headers, and the body byte for byte) for the same event, for the three measured events.
 */
class SameResponsesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> requests() {
        return Stream.of(10, 1000).flatMap(routes -> Stream.of(
                Arguments.of(routes, "GET", "/todos/42", null, 200,
                        "{\"id\":\"42\",\"title\":\"Todo 42\",\"done\":false}"),
                Arguments.of(routes, "GET", "/todos", null, 200,
                        "[{\"id\":\"1\",\"title\":\"Todo 1\",\"done\":false},{\"id\":\"2\",\"title\":\"Todo 2\",\"done\":true}]"),
                Arguments.of(routes, "POST", "/todos", "{\"id\":\"7\",\"title\":\"Write\",\"done\":true}", 201,
                        "{\"id\":\"7\",\"title\":\"Write\",\"done\":true}"),
                Arguments.of(routes, "POST", "/todos", "{\"title\":\"Zoë \\u2603 \\\"quoted\\\"\\n\",\"id\":\"x\"}", 201,
                        "{\"id\":\"x\",\"title\":\"Zoë \\u2603 \\\"quoted\\\"\\n\",\"done\":false}"),
                Arguments.of(routes, "GET", "/res2/9", null, 200, "{\"resource\":\"res2\",\"id\":\"9\"}"),
                Arguments.of(routes, "GET", "/res3", null, 200, "{\"resource\":\"res3\",\"id\":\"all\"}"),
                Arguments.of(routes, "GET", "/nothing/here", null, 404, "{\"statusCode\":404,\"message\":\"Not found\"}")));
    }

    @ParameterizedTest(name = "{0} routes: {1} {2} {3}")
    @MethodSource("requests")
    void baselineAndPorticoAnswerAlike(int routes, String method, String path, String body, int status, String json)
            throws IOException {
        byte[] bytes = event(method, path, body);
        JsonNode baseline = answer(new JacksonApi(routes), bytes);
        JsonNode portico = answer(TodoApi.routes(ApiGatewayRestResolver.builder(), routes).build(), bytes);

        assertEquals(baseline, portico);
        assertEquals(status, portico.path("statusCode").asInt());
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(portico.path("body").asText()));
        assertEquals("application/json", portico.path("multiValueHeaders").path("Content-Type").path(0).asText());
    }

    @ParameterizedTest(name = "{0} routes: {1} {2} {3}")
    @MethodSource("requests")
    void detectingResolverAnswersAlike(int routes, String method, String path, String body, int status, String json)
            throws IOException {
        byte[] bytes = event(method, path, body);
        Resolver detecting = TodoApi.routes(Resolver.builder(), routes).build();

        assertEquals(answer(new JacksonApi(routes), bytes), answer(detecting, bytes));
    }

    static Stream<Arguments> typedRequests() {
        String tooLong = "x".repeat(101);
        return Stream.of(
                Arguments.of("{\"title\":\"Write the benchmarks\",\"priority\":3}", 201,
                        "{\"title\":\"Write the benchmarks\",\"priority\":3}"),
                Arguments.of("{\"title\":\"" + "é".repeat(100) + "\",\"priority\":2147483647}", 201,
                        "{\"title\":\"" + "é".repeat(100) + "\",\"priority\":2147483647}"),
                Arguments.of("{\"title\":\"" + tooLong + "\",\"priority\":3}", 422, "{\"statusCode\":422,\"detail\":["
                        + "{\"loc\":[\"body\",\"title\"],\"type\":\"string_too_long\","
                        + "\"msg\":\"String should have at most 100 characters\"}]}"),
                Arguments.of("{\"title\":\"\",\"priority\":0}", 422, "{\"statusCode\":422,\"detail\":["
                        + "{\"loc\":[\"body\",\"title\"],\"type\":\"string_too_short\","
                        + "\"msg\":\"String should have at least 1 character\"},"
                        + "{\"loc\":[\"body\",\"priority\"],\"type\":\"greater_than_equal\","
                        + "\"msg\":\"Input should be greater than or equal to 1\"}]}"));
    }

    @ParameterizedTest(name = "typed POST {0}")
    @MethodSource("typedRequests")
    void typedRouteAndHandCheckedBaselineAnswerAlike(String body, int status, String json) throws IOException {
        byte[] bytes = event("POST", "/todos", body);
        JsonNode baseline = answer(new JacksonTypedHandler(), bytes);
        JsonNode portico = answer(ApiGatewayRestResolver.builder().include(OpenApi.routes(new TypedTodoApi())).build(),
                bytes);

        assertEquals(status, portico.path("statusCode").asInt(), portico.toString());
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(portico.path("body").asText()));
        assertEquals(baseline, portico);
    }

    @Test
    void theMeasuredEventsGetTheAnswersTheHarnessExpects() throws IOException {
        JsonNode get = answer(new PorticoTypedHandler(), Events.load("post-typed.json"));
        assertEquals(Variants.EVENTS.get("typed").expected().body(), get.path("body").asText());
        JsonNode post = answer(TodoApi.routes(ApiGatewayRestResolver.builder(), 10).build(), Events.load("post-todo.json"));
        assertEquals(Variants.EVENTS.get("post").expected().body(), post.path("body").asText());
        assertEquals(201, post.path("statusCode").asInt());
        JsonNode todo = answer(new JacksonApi(10), Events.load("get-todo.json"));
        assertEquals(Variants.EVENTS.get("get").expected().body(), todo.path("body").asText());
    }

    private static byte[] event(String method, String path, String body) throws IOException {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Events.load("get-todo.json"));
        event.put("httpMethod", method).put("path", path).put("body", body);
        return MAPPER.writeValueAsBytes(event);
    }

    private static JsonNode answer(RequestStreamHandler handler, byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
        return MAPPER.readTree(out.toByteArray());
    }
}
