package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data validation examples of the Powertools documentation (#10 to #14 of
 * {@code docs-examples/CATALOGUE.md} under the {@code portico.fixtures} directory), rewritten with
 * typed routes and answered through the real event sources. Expected: the real outputs the catalogue
 * describes. Portico's 422 items also carry {@code msg}, which Powertools hides: loc and type are
 * compared exactly and msg must be present. Skipped when {@code portico.fixtures} is not set.
 */
class DocsExamplesTest {
    static final ObjectMapper M = new ObjectMapper();
    private static java.nio.file.Path docs;
    private static List<DocsTodo> todos;

    /** The Todo model of the examples: userId int, optional id, title str, completed bool. */
    public record DocsTodo(int userId, Optional<Integer> id, String title, boolean completed) {
    }

    @BeforeAll
    static void fixtures() throws IOException {
        String dir = System.getProperty("portico.fixtures", "");
        assumeFalse(dir.isBlank(), "portico.fixtures is not set");
        docs = java.nio.file.Path.of(dir, "docs-examples");
        JsonNode body = M.readTree(read("getting_started_rest_api_resolver_output.json").get("body").asText());
        todos = new ArrayList<>();
        for (JsonNode t : body.get("todos")) {
            todos.add(new DocsTodo(t.get("userId").asInt(), Optional.of(t.get("id").asInt()), t.get("title").asText(),
                    t.get("completed").asBoolean()));
        }
        assertEquals(10, todos.size());
    }

    static ObjectNode read(String name) throws IOException {
        return (ObjectNode) M.readTree(Files.readString(docs.resolve(name)));
    }

    /** The apps of data_validation.py and validating_payloads.py. */
    public static class TodoApi {
        private final Function<DocsTodo, JsonNode> upstream;

        TodoApi(Function<DocsTodo, JsonNode> upstream) {
            this.upstream = upstream;
        }

        @Get("/todos/{todo_id}")
        public DocsTodo getTodoById(@Path("todo_id") int todoId) {
            return todos.get(todoId - 1);
        }

        @Get("/todos")
        public List<DocsTodo> getTodos() {
            return todos;
        }

        @Post("/todos")
        @dev.portico.feature.openapi.annotations.ApiResponse(status = 200, description = "The id", type = String.class)
        public Object createTodo(@Body DocsTodo todo) {
            JsonNode id = upstream.apply(todo).get("id");
            return id.isTextual() ? id.asText() : id.numberValue();
        }

    }

    /** The app of validating_payload_subset.py. */
    public static class SubsetApi {
        private final Function<DocsTodo, JsonNode> upstream;

        SubsetApi(Function<DocsTodo, JsonNode> upstream) {
            this.upstream = upstream;
        }

        @Post("/todos")
        public int createTodo(@Body(value = "todo", embed = true) DocsTodo todo) {
            return upstream.apply(todo).get("id").asInt();
        }
    }

    static Resolver app(Function<DocsTodo, JsonNode> upstream, OpenApiConfig config) {
        return Resolver.builder().debug(false).include(OpenApi.routes(new TodoApi(upstream)))
                .configure(config).build();
    }

    static Function<DocsTodo, JsonNode> replying(String json) {
        return todo -> {
            assertEquals(new DocsTodo(1, Optional.empty(), "foo", false), todo, "the payload reached the handler converted");
            try {
                return M.readTree(json);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** #10: GET /todos/1 converts the path to int and validates the returned Todo. */
    @Test
    void dataValidation() throws IOException {
        String out = app(replying("{}"), OpenApiConfig.defaults()).resolve(read("data_validation.json").toString(), null);
        assertEquals(M.readTree("""
                {"statusCode":200,"body":"{\\"userId\\":1,\\"id\\":1,\\"title\\":\\"delectus aut autem\\",\\"completed\\":false}",
                 "isBase64Encoded":false,"multiValueHeaders":{"Content-Type":["application/json"]}}"""), M.readTree(out));
    }

    /** #11: /todos/apples through an HTTP API event answers the 422 of data_validation_error_unsanitized_output.json. */
    @Test
    void dataValidationError() throws IOException {
        ObjectNode out = (ObjectNode) M.readTree(app(replying("{}"), OpenApiConfig.defaults())
                .resolve(read("data_validation_error.json").toString(), null));
        ObjectNode expected = read("data_validation_error_unsanitized_output.json");
        JsonNode body = M.readTree(out.remove("body").asText());
        expected.remove("body");
        assertEquals(expected, out);
        assertEquals(422, body.get("statusCode").asInt());
        assertEquals(1, body.get("detail").size());
        JsonNode item = body.get("detail").get(0);
        assertEquals(M.readTree("[\"path\",\"todo_id\"]"), item.get("loc"));
        assertEquals("int_parsing", item.get("type").asText());
        assertTrue(item.get("msg").isTextual() && !item.get("msg").asText().isEmpty());
    }

    /** #12: a RequestValidationError handler answers an opaque 422, for REST and HTTP API events. */
    @Test
    void sanitizedValidationError() throws IOException {
        List<List<Object>> logged = new ArrayList<>();
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new TodoApi(replying("{}"))))
                .exceptionHandler(RequestValidationError.class, (e, request) -> {
                    e.errors().forEach(p -> logged.add(p.loc()));
                    return Response.of(422, "application/json", "Invalid data");
                }).build();
        ObjectNode rest = read("validating_payloads.json");
        rest.put("body", "{\"title\": \"foo\"}");
        assertEquals(M.readTree("""
                {"statusCode":422,"body":"Invalid data","isBase64Encoded":false,
                 "multiValueHeaders":{"Content-Type":["application/json"]}}"""), M.readTree(app.resolve(rest.toString(), null)));
        assertEquals(List.of(List.of("body", "userId"), List.of("body", "completed")), logged);
        ObjectNode http = read("data_validation_error.json");
        http.put("rawPath", "/todos").put("body", "{\"title\": \"foo\"}");
        ((ObjectNode) http.get("requestContext").get("http")).put("method", "POST").put("path", "/todos");
        assertEquals(read("data_validation_sanitized_error_output.json"), M.readTree(app.resolve(http.toString(), null)));
    }

    /** #13: "userId": "1" is accepted; the String id is sent as it is, with a JSON content type. */
    @Test
    void validatingPayloads() throws IOException {
        String event = read("validating_payloads.json").toString();
        String out = app(replying("{\"id\":\"2008821\"}"), OpenApiConfig.defaults()).resolve(event, null);
        assertEquals(read("validating_payloads_output.json"), M.readTree(out));
        Resolver numeric = app(replying("{\"id\":201}"), OpenApiConfig.builder().responseValidationStatus(422).build());
        JsonNode failed = M.readTree(numeric.resolve(event, null));
        assertEquals(422, failed.get("statusCode").asInt());
        JsonNode body = M.readTree(failed.get("body").asText());
        assertEquals(M.readTree("[{\"loc\":[\"response\"],\"type\":\"string_type\",\"msg\":\"Input should be a valid string\"}]"),
                body.get("detail"));
        ObjectNode list = read("validating_payloads.json");
        list.put("httpMethod", "GET").remove("body");
        JsonNode listed = M.readTree(M.readTree(numeric.resolve(list.toString(), null)).get("body").asText());
        assertEquals(10, listed.size());
        assertEquals("delectus aut autem", listed.get(0).get("title").asText());
    }

    /** #14: Body(embed=True) reads the todo key; without it the answer is a missing body.todo. */
    @Test
    void validatingPayloadSubset() throws IOException {
        ObjectNode event = read("validating_payload_subset.json");
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new SubsetApi(replying("{\"id\":2008822}"))))
                .build();
        assertEquals(read("validating_payload_subset_output.json"), M.readTree(app.resolve(event.toString(), null)));
        event.put("body", "{\"title\": \"foo\", \"userId\": \"1\", \"completed\": false}");
        JsonNode out = M.readTree(app.resolve(event.toString(), null));
        assertEquals(422, out.get("statusCode").asInt());
        assertEquals(M.readTree("[{\"loc\":[\"body\",\"todo\"],\"type\":\"missing\",\"msg\":\"Field required\"}]"),
                M.readTree(out.get("body").asText()).get("detail"));
    }

}
