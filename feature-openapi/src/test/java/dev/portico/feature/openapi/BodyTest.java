package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON bodies: lax conversion, compiled validation, reading into Java types. */
class BodyTest {

    public static class Api {
        @Post("/todos")
        public Map<String, Object> create(@Body Todo todo) {
            return Map.of("userId", todo.userId(), "title", todo.title(), "completed", todo.completed(),
                    "id", todo.id().map(Object::toString).orElse("none"));
        }

        @Post("/embedded")
        public String embedded(@Body(value = "todo", embed = true) Todo todo,
                               @Body(value = "priority", embed = true) Optional<Integer> priority) {
            return todo.title() + "/" + priority.map(String::valueOf).orElse("-");
        }

        @Post("/orders")
        public Map<String, Object> order(@Body Order order) {
            return Map.of("total", order.total(), "lines", order.lines().size(), "status", order.status().name(),
                    "placed", order.placed().toString(), "delivery", String.valueOf(order.delivery().orElse(null)));
        }

        @Post("/many")
        public int many(@Body List<Todo> todos) {
            return todos.size();
        }

        @Post("/pets")
        public String pet(@Body Pet pet) {
            return pet.getName() + ":" + pet.getAge();
        }

        @Post("/optional")
        public String optional(@Body Optional<Todo> todo) {
            return todo.map(Todo::title).orElse("no body");
        }

        @Post("/color")
        public String color(@Body ParametersTest.Color color) {
            return color.name();
        }

        @Post("/scores")
        public int scores(@Body Map<String, Integer> scores) {
            return scores.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Post("/raw")
        public JsonNode raw(@Body JsonNode body) {
            return body;
        }
    }

    private final PorticoClient client = Apps.client(new Api());

    @Test
    void stringsHoldingNumbersAndBooleansAreAccepted() {
        TestResponse r = client.post("/todos").body("{\"title\": \"foo\", \"userId\": \"1\", \"completed\": \"false\"}")
                .send();
        assertEquals(200, r.status(), r.body());
        assertEquals(json("{\"userId\":1,\"title\":\"foo\",\"completed\":false,\"id\":\"none\"}"), r.json());
    }

    @Test
    void missingFieldsAreReportedInDeclarationOrder() {
        TestResponse r = client.post("/todos").body("{\"title\": \"foo\"}").send();
        assertEquals(json("""
                {"statusCode":422,"detail":[
                 {"loc":["body","userId"],"type":"missing","msg":"Field required"},
                 {"loc":["body","completed"],"type":"missing","msg":"Field required"}]}"""), r.json());
    }

    @Test
    void typeAndConstraintProblems() {
        TestResponse r = client.post("/todos")
                .body("{\"userId\":\"x\",\"id\":1.5,\"title\":\"\",\"completed\":[true]}").send();
        assertEquals(List.of(
                List.of(List.of("body", "userId"), "int_parsing"),
                List.of(List.of("body", "id"), "int_from_float"),
                List.of(List.of("body", "title"), "string_too_short"),
                List.of(List.of("body", "completed"), "bool_type")), locTypes(r));
        assertEquals(List.of(List.of(List.of("body", "userId"), "greater_than_equal")),
                locTypes(client.post("/todos").body("{\"userId\":0,\"title\":\"t\",\"completed\":true}").send()));
        assertEquals(List.of(List.of(List.of("body", "title"), "string_type")),
                locTypes(client.post("/todos").body("{\"userId\":1,\"title\":null,\"completed\":true}").send()));
    }

    @Test
    void anOptionalPropertyMayBeNull() {
        TestResponse r = client.post("/todos").body("{\"userId\":1,\"id\":null,\"title\":\"t\",\"completed\":1}").send();
        assertEquals(json("{\"userId\":1,\"title\":\"t\",\"completed\":true,\"id\":\"none\"}"), r.json());
    }

    @Test
    void embeddedBodiesReadTheirKey() {
        assertEquals("foo/-", client.post("/embedded")
                .body("{ \"todo\": {\"title\": \"foo\", \"userId\": \"1\", \"completed\": false } }").send().body());
        assertEquals("foo/3", client.post("/embedded")
                .body("{\"todo\":{\"title\":\"foo\",\"userId\":1,\"completed\":false},\"priority\":\"3\"}").send().body());
        TestResponse unwrapped = client.post("/embedded").body("{\"title\":\"foo\",\"userId\":1,\"completed\":false}").send();
        assertEquals(problem(List.of("body", "todo"), "missing", "Field required"), unwrapped.json());
        TestResponse nested = client.post("/embedded").body("{\"todo\":{\"userId\":1,\"completed\":false}}").send();
        assertEquals(List.of(List.of(List.of("body", "todo", "title"), "missing")), locTypes(nested));
        assertEquals(List.of(List.of(List.of("body"), "model_attributes_type")),
                locTypes(client.post("/embedded").body("[1]").send()));
    }

    @Test
    void recordsWithUuidTimeDecimalEnumListsAndMaps() {
        String ok = """
                {"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","placed":"2024-05-01T10:15:30Z","delivery":"2024-05-03",
                 "total":"12.50","status":"PAID","lines":[{"sku":"ABC","qty":"2"}],"tags":{"a":1},"note":null}""";
        TestResponse r = client.post("/orders").body(ok).send();
        assertEquals(200, r.status(), r.body());
        assertEquals(json("{\"total\":12.50,\"lines\":1,\"status\":\"PAID\",\"placed\":\"2024-05-01T10:15:30Z\","
                + "\"delivery\":\"2024-05-03\"}"), r.json());
        String bad = """
                {"id":"not-a-uuid","placed":"yesterday","delivery":"2024-02-30","total":"lots","status":"LOST",
                 "lines":[{"sku":"ABC","qty":1},{"sku":"X","qty":0}],"tags":{"a":"one"}}""";
        assertEquals(List.of(
                List.of(List.of("body", "id"), "uuid_parsing"),
                List.of(List.of("body", "placed"), "datetime_parsing"),
                List.of(List.of("body", "delivery"), "date_parsing"),
                List.of(List.of("body", "total"), "float_parsing"),
                List.of(List.of("body", "status"), "enum"),
                List.of(List.of("body", "lines", 1, "sku"), "string_too_short"),
                List.of(List.of("body", "lines", 1, "qty"), "greater_than_equal"),
                List.of(List.of("body", "tags", "a"), "int_parsing")), locTypes(client.post("/orders").body(bad).send()));
        TestResponse empty = client.post("/orders").body(ok.replace("[{\"sku\":\"ABC\",\"qty\":\"2\"}]", "[]")).send();
        assertEquals(json("""
                {"statusCode":422,"detail":[{"loc":["body","lines"],"type":"too_short",
                 "msg":"List should have at least 1 item after validation, not 0"}]}"""), empty.json());
    }

    @Test
    void listBodiesAndBeans() {
        assertEquals("2", client.post("/many").body("[{\"userId\":1,\"title\":\"a\",\"completed\":true},"
                + "{\"userId\":2,\"title\":\"b\",\"completed\":false}]").send().body());
        assertEquals(List.of(List.of(List.of("body", 1, "title"), "missing")), locTypes(client.post("/many")
                .body("[{\"userId\":1,\"title\":\"a\",\"completed\":true},{\"userId\":2,\"completed\":false}]").send()));
        assertEquals(List.of(List.of(List.of("body"), "list_type")),
                locTypes(client.post("/many").body("{}").send()));
        assertEquals("Rex:3", client.post("/pets").body("{\"name\":\"Rex\",\"age\":\"3\"}").send().body());
        assertEquals(List.of(List.of(List.of("body", "name"), "string_too_short")),
                locTypes(client.post("/pets").body("{\"name\":\"R\",\"age\":3}").send()));
    }

    @Test
    void missingAndMalformedBodies() {
        assertEquals(problem(List.of("body"), "missing", "Field required"), client.post("/todos").send().json());
        // As Powertools: the location ends with the character offset Python's json reports.
        assertEquals(problem(List.of("body", 9), "json_invalid", "JSON decode error"),
                client.post("/todos").body("{\"title\":").send().json());
        assertEquals(problem(List.of("body", 6), "json_invalid", "JSON decode error"),
                client.post("/todos").body("{\"é\": x}").send().json());
        assertEquals(problem(List.of("body", 3), "json_invalid", "JSON decode error"),
                client.post("/todos").body("{} {}").send().json());
        assertEquals(problem(List.of("body", 3), "json_invalid", "JSON decode error"),
                client.post("/todos").body("[1 2]").send().json());
        assertEquals("no body", client.post("/optional").send().body());
        assertEquals("x", client.post("/optional").body("{\"userId\":1,\"title\":\"x\",\"completed\":true}").send().body());
    }

    @Test
    void hostileBodiesAre422() {
        // Deeper than jackson-core's nesting limit: refused by the parser, never a stack overflow.
        TestResponse deep = client.post("/raw").body("[".repeat(100_000)).send();
        assertEquals(422, deep.status());
        assertEquals("json_invalid", deep.json().at("/detail/0/type").asText());
        TestResponse deepTodo = client.post("/todos").body("{\"title\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                .send();
        assertEquals("json_invalid", deepTodo.json().at("/detail/0/type").asText());
        // Non-ASCII and control characters (escaped, as JSON requires) are data.
        TestResponse text = client.post("/todos").body("{\"userId\":1,\"title\":\"日本\\u0000\\r\\n\uD83D\uDE00\","
                + "\"completed\":true,\"ключ\":1}").send();
        assertEquals(200, text.status(), text.body());
        assertEquals("日本\u0000\r\n\uD83D\uDE00", text.json().get("title").asText());
        // A raw control character inside a string is not JSON.
        assertEquals("json_invalid", client.post("/todos").body("{\"title\":\"a\u0001\"}").send().json()
                .at("/detail/0/type").asText());
    }

    @Test
    void enumAndMapBodies() {
        assertEquals("GREEN", client.post("/color").body("\"GREEN\"").send().body());
        assertEquals(problem(List.of("body"), "enum", "Input should be 'RED', 'GREEN' or 'BLUE'"),
                client.post("/color").body("\"PINK\"").send().json());
        assertEquals("6", client.post("/scores").body("{\"a\":1,\"b\":\"5\"}").send().body());
        assertEquals(List.of(List.of(List.of("body", "b"), "int_type")),
                locTypes(client.post("/scores").body("{\"a\":1,\"b\":true}").send()));
    }

    @Test
    void aJsonNodeBodyIsTakenAsItIs() {
        TestResponse r = client.post("/raw").body("{\"anything\":[1,\"two\",null]}").send();
        assertEquals(json("{\"anything\":[1,\"two\",null]}"), r.json());
    }
}
