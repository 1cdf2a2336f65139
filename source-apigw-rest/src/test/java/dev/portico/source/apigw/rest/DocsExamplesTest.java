package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.MAPPER;
import static dev.portico.source.apigw.rest.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST examples of the Powertools documentation (numbers from {@code docs-examples/CATALOGUE.md}
 * under the {@code portico.fixtures} directory), each app rewritten with Portico and its real output
 * compared as JSON trees, JSON bodies parsed. Skipped when {@code portico.fixtures} is not set.
 */
class DocsExamplesTest {
    private static final String GETTING_STARTED = "getting_started_rest_api_resolver.json";
    private static Path docs;
    private static List<Map<String, Object>> todos;

    @BeforeAll
    static void fixtures() throws IOException {
        String dir = System.getProperty("portico.fixtures", "");
        assumeFalse(dir.isBlank(), "portico.fixtures is not set");
        docs = Path.of(dir, "docs-examples");
        String body = read("getting_started_rest_api_resolver_output.json").get("body").asText();
        todos = MAPPER.readValue(body, new TypeReference<Map<String, List<Map<String, Object>>>>() { }).get("todos");
        assertEquals(10, todos.size());
    }

    /** The stubbed {@code https://jsonplaceholder.typicode.com/todos} service. */
    static final class Upstream {
        final List<JsonNode> created = new ArrayList<>();

        List<Map<String, Object>> all() {
            return todos;
        }

        Map<String, Object> one(String escapedId) {
            return todos.get(Integer.parseInt(escapedId) - 1);
        }

        JsonNode create(JsonNode todo) {
            created.add(todo);
            return tree("{\"id\":201}");
        }
    }

    private static JsonNode read(String name) throws IOException {
        return tree(Files.readString(docs.resolve(name)));
    }

    private static String input(String name) throws IOException {
        return Files.readString(docs.resolve(name));
    }

    private static ObjectNode normalize(JsonNode response) {
        return Answers.normalize(response);
    }

    private static ObjectNode answer(ApiGatewayRestResolver app, String event) {
        return normalize(Answers.all(app, event));
    }

    private static Resolver.TypedBuilder<ApiGatewayRestResolver> builder() {
        return ApiGatewayRestResolver.builder();
    }

    @Test
    void n01GettingStarted() throws IOException {
        Upstream upstream = new Upstream();
        var b = builder();
        b.get("/todos", r -> Map.of("todos", upstream.all().subList(0, 10)));
        assertEquals(normalize(read("getting_started_rest_api_resolver_output.json")),
                answer(b.build(), input(GETTING_STARTED)));
    }

    @Test
    void n02ResponseSerialization() throws IOException {
        var b = builder();
        b.get("/ping", r -> Map.of("message", "pong"));
        ObjectNode actual = answer(b.build(), "{\"path\":\"/ping\",\"httpMethod\":\"GET\"}");
        assertEquals(tree("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":{\"message\":\"pong\"},\"isBase64Encoded\":false}"), actual);
        // The documented output differs only by its single-quoted (invalid JSON) body.
        ObjectNode doc = read("getting_started_resolvers_response_serialization_output.json").deepCopy();
        doc.set("body", tree(doc.get("body").asText().replace('\'', '"')));
        assertEquals(doc, actual);
    }

    @Test
    void n06DynamicRoutes() throws IOException {
        Upstream upstream = new Upstream();
        var b = builder();
        b.get("/todos/<todo_id>", r -> Map.of("todos",
                upstream.one(URLEncoder.encode(r.pathParam("todo_id"), StandardCharsets.UTF_8))));
        assertEquals(tree("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":{\"todos\":{\"userId\":1,\"id\":1,\"title\":\"delectus aut autem\",\"completed\":false}},"
                + "\"isBase64Encoded\":false}"), answer(b.build(), input("dynamic_routes.json")));
    }

    @Test
    void n07CatchAll() throws IOException {
        var b = builder();
        b.get(".+", r -> Map.of("path_received", r.path()));
        assertEquals(tree("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":{\"path_received\":\"/any/route/should/work\"},\"isBase64Encoded\":false}"),
                answer(b.build(), input("dynamic_routes_catch_all.json")));
    }

    @Test
    void n08HttpMethods() throws IOException {
        Upstream upstream = new Upstream();
        var b = builder();
        b.post("/todos", r -> Map.of("todo", upstream.create(r.json())));
        assertEquals(tree("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":{\"todo\":{\"id\":201}},\"isBase64Encoded\":false}"),
                answer(b.build(), input("http_methods.json")));
        assertEquals(tree("{\"title\":\"foo\",\"userId\":1,\"completed\":false}"), upstream.created.get(0));
    }

    @Test
    void n09CustomApiMapping() throws IOException {
        var b = builder().stripPrefixes("/payment");
        b.get("/subscriptions/<subscription>", r -> Map.of("subscription_id", r.pathParam("subscription")));
        assertEquals(tree("{\"statusCode\":200,\"multiValueHeaders\":{\"Content-Type\":[\"application/json\"]},"
                + "\"body\":{\"subscription_id\":\"123\"},\"isBase64Encoded\":false}"),
                answer(b.build(), input("custom_api_mapping.json")));
    }

    @Test
    void n15RouteMiddleware() throws IOException {
        Upstream upstream = new Upstream();
        var b = builder();
        b.get("/todos", r -> Map.of("todos", upstream.all().subList(0, 10))).middleware((request, next) -> {
            String id = request.header("x-correlation-id");
            if (id == null) {
                id = request.requestId();
            }
            request.appendContext("correlation_id", id);
            Response response = next.handle(request);
            return response.toBuilder().header("x-correlation-id", id).build();
        });
        String event = input(GETTING_STARTED);
        // The documented output shows another id and a single todo: illustrative values.
        ObjectNode expected = read("middleware_getting_started_output.json").deepCopy();
        String requestId = tree(event).path("requestContext").path("requestId").asText();
        assertEquals("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", requestId);
        ((ObjectNode) expected.get("multiValueHeaders")).set("x-correlation-id",
                MAPPER.createArrayNode().add(requestId));
        expected.set("body", read("getting_started_rest_api_resolver_output.json").get("body"));
        assertEquals(normalize(expected), answer(b.build(), event));
    }

    @Test
    void n16MiddlewareEarlyReturn() throws IOException {
        List<String> log = new ArrayList<>();
        AtomicBoolean routeCalled = new AtomicBoolean();
        var b = builder();
        b.use((request, next) -> {
            log.add("request " + request.method() + " " + request.path());
            Response response = next.handle(request);
            log.add("response " + response.status());
            return response;
        }, (request, next) -> request.header("x-correlation-id") == null
                ? Response.status(400).body("Correlation ID header is now mandatory.").build()
                : next.handle(request));
        b.get("/todos", r -> {
            routeCalled.set(true);
            return Map.of("todos", todos);
        });
        // The documented body lacks the final full stop.
        ObjectNode expected = read("middleware_early_return_output.json").deepCopy();
        expected.put("body", expected.get("body").asText() + ".");
        assertEquals(expected, answer(b.build(), input(GETTING_STARTED)));
        assertFalse(routeCalled.get());
        assertEquals(List.of("request GET /todos", "response 400"), log.subList(0, 2));
    }

    @Test
    void n19FineGrainedResponses() throws IOException {
        var b = builder();
        b.get("/todos", r -> Response.status(200)
                .contentType("application/json")
                .header("X-Transaction-Id", UUID.randomUUID().toString())
                .cookie(Cookie.of("session_id", "12345"))
                .body(todos.subList(0, 10))
                .build());
        ApiGatewayRestResolver app = b.build();
        String event = input(GETTING_STARTED);
        // The documented body wraps the list in {"todos": ...}; the app returns the bare list.
        ObjectNode expected = normalize(read("fine_grained_responses_output.json"));
        expected.set("body", expected.get("body").get("todos"));
        for (JsonNode response : List.of(Answers.resolve(app, event), Answers.stream(app, event), Answers.typed(app, event))) {
            ObjectNode actual = normalize(response);
            JsonNode headers = actual.get("multiValueHeaders");
            List<String> names = new ArrayList<>();
            headers.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("X-Transaction-Id", "Content-Type", "Set-Cookie"), names);
            String transactionId = headers.get("X-Transaction-Id").get(0).asText();
            assertEquals(transactionId, UUID.fromString(transactionId).toString());
            ((ArrayNode) expected.get("multiValueHeaders").get("X-Transaction-Id")).set(0, transactionId);
            assertEquals(expected, actual);
        }
    }

    @Test
    void n21BinaryResponses() throws IOException {
        byte[] file = Files.readAllBytes(docs.resolve("binary_responses_logo.svg"));
        assertEquals('\n', file[file.length - 1]);
        byte[] logo = Arrays.copyOf(file, file.length - 1);
        var b = builder();
        b.get("/logo", r -> Response.of(200, "image/svg+xml", logo));
        JsonNode actual = answer(b.build(), input("binary_responses.json"));
        assertEquals(read("binary_responses_output.json"), actual);
        assertTrue(actual.get("isBase64Encoded").asBoolean());
    }
}
