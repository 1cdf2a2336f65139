package dev.portico.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.benchmarks.baseline.JacksonApi;
import dev.portico.benchmarks.jmh.Events;
import dev.portico.benchmarks.launch.BenchContext;
import dev.portico.benchmarks.portico.TodoApi;
import dev.portico.core.Resolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The baseline and Portico do the same job: the same response JSON for the same event. */
class SameResponsesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> requests() {
        return Stream.of(10, 500).flatMap(routes -> Stream.of(
                Arguments.of(routes, "GET", "/todos/1", null, 200,
                        "{\"id\":\"1\",\"title\":\"Todo 1\",\"done\":false}"),
                Arguments.of(routes, "GET", "/todos", null, 200,
                        "[{\"id\":\"1\",\"title\":\"Todo 1\",\"done\":false},{\"id\":\"2\",\"title\":\"Todo 2\",\"done\":true}]"),
                Arguments.of(routes, "POST", "/todos", "{\"title\":\"Write\"}", 201,
                        "{\"id\":\"3\",\"title\":\"Write\",\"done\":false}"),
                Arguments.of(routes, "GET", "/res2/9", null, 200, "{\"resource\":\"res2\",\"id\":\"9\"}"),
                Arguments.of(routes, "GET", "/res3", null, 200, "{\"resource\":\"res3\",\"id\":\"all\"}"),
                Arguments.of(routes, "GET", "/nothing/here", null, 404, "{\"statusCode\":404,\"message\":\"Not found\"}")));
    }

    @ParameterizedTest(name = "{0} routes: {1} {2}")
    @MethodSource("requests")
    void baselineAndPorticoAnswerAlike(int routes, String method, String path, String body, int status, String json)
            throws IOException {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Events.load("get-todo.json"));
        event.put("httpMethod", method).put("path", path).put("body", body);
        byte[] bytes = MAPPER.writeValueAsBytes(event);
        JsonNode baseline = answer(new JacksonApi(routes), bytes);
        JsonNode portico = answer(TodoApi.routes(ApiGatewayRestResolver.builder(), routes).build(), bytes);

        assertEquals(baseline, portico);
        assertEquals(status, portico.path("statusCode").asInt());
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(portico.path("body").asText()));
        assertEquals("application/json", portico.path("multiValueHeaders").path("Content-Type").path(0).asText());
    }

    @ParameterizedTest(name = "{0} routes: {1} {2}")
    @MethodSource("requests")
    void detectingResolverAnswersAlike(int routes, String method, String path, String body, int status, String json)
            throws IOException {
        ObjectNode event = (ObjectNode) MAPPER.readTree(Events.load("get-todo.json"));
        event.put("httpMethod", method).put("path", path).put("body", body);
        byte[] bytes = MAPPER.writeValueAsBytes(event);
        Resolver detecting = TodoApi.routes(Resolver.builder(), routes).build();

        assertEquals(answer(new JacksonApi(routes), bytes), answer(detecting, bytes));
    }

    private static JsonNode answer(com.amazonaws.services.lambda.runtime.RequestStreamHandler handler, byte[] event)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
        return MAPPER.readTree(out.toByteArray());
    }
}
