package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Request;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Pattern;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Path, query and header parameters: conversion, constraints, defaults and the 422 body. */
class ParametersTest {

    public enum Color { RED, GREEN, BLUE }

    public static class Api {
        @Get("/todos/{todo_id}")
        public Map<String, Object> todo(@Path("todo_id") @Max(999) int id,
                                        @Query("completed") Optional<Boolean> completed) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("completed", completed.map(String::valueOf).orElse("unset"));
            return out;
        }

        @Get("/search")
        public Map<String, Object> search(@Query("q") @Length(min = 4) Optional<String> q,
                                          @Query(value = "limit", defaultValue = "10") @Min(1) @Max(100) int limit,
                                          @Query(value = "ratio", defaultValue = "0.5") @Min(value = 0, exclusive = true)
                                          @Max(value = 1, exclusive = true) double ratio,
                                          @Query("sku") @Pattern("^[A-Z]{3}-[0-9]+$") Optional<String> sku,
                                          @Query("color") Optional<Color> color) {
            return Map.of("q", q.orElse("-"), "limit", limit, "ratio", ratio, "sku", sku.orElse("-"),
                    "color", color.map(Enum::name).orElse("-"));
        }

        @Get("/multi")
        public Map<String, Object> multi(@Query("example_multi_value_param") @Length(max = 3) List<Color> colors,
                                         @Header("cloudfront-viewer-country") Set<String> countries) {
            return Map.of("colors", colors, "countries", countries);
        }

        @Get("/headers")
        public String headers(@Header("x-correlation-id") @Length(min = 16, max = 16) String correlationId,
                              Request request) {
            return correlationId + " " + request.method();
        }

        @Get("/typed/{id}")
        public Map<String, Object> typed(@Path("id") UUID id, @Query("day") LocalDate day,
                                         @Query("amount") BigDecimal amount, @Query("big") long big) {
            return Map.of("id", id.toString(), "day", day.toString(), "amount", amount, "big", big);
        }
    }

    private final PorticoClient client = Apps.client(new Api());

    @Test
    void pathParametersAreConvertedToTheirType() {
        TestResponse r = client.get("/todos/42").send();
        assertEquals(200, r.status());
        assertEquals(json("{\"id\":42,\"completed\":\"unset\"}"), r.json());
    }

    @Test
    void aPathParameterThatIsNotAnIntegerAnswers422() {
        TestResponse r = client.get("/todos/apples").send();
        assertEquals(422, r.status());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(problem(List.of("path", "todo_id"), "int_parsing",
                "Input should be a valid integer, unable to parse string as an integer"), r.json());
    }

    @Test
    void maxOnAPathParameter() {
        TestResponse r = client.get("/todos/1000").send();
        assertEquals(problem(List.of("path", "todo_id"), "less_than_equal",
                "Input should be less than or equal to 999"), r.json());
        assertEquals(200, client.get("/todos/999").send().status());
    }

    @Test
    void optionalBooleanQueryAcceptsPydanticWords() {
        assertEquals("true", client.get("/todos/1").query("completed", "yes").send().json().get("completed").asText());
        assertEquals("false", client.get("/todos/1").query("completed", "0").send().json().get("completed").asText());
        TestResponse r = client.get("/todos/1").query("completed", "maybe").send();
        assertEquals(problem(List.of("query", "completed"), "bool_parsing",
                "Input should be a valid boolean, unable to interpret input"), r.json());
    }

    @Test
    void defaultsApplyWhenAbsent() {
        assertEquals(json("{\"q\":\"-\",\"limit\":10,\"ratio\":0.5,\"sku\":\"-\",\"color\":\"-\"}"),
                client.get("/search").send().json());
    }

    @Test
    void everyConstraintViolationIsListedInOneResponse() {
        TestResponse r = client.get("/search").query("q", "abc").query("limit", "0").query("ratio", "1")
                .query("sku", "abc-1").query("color", "PURPLE").send();
        assertEquals(422, r.status());
        assertEquals(json("""
                {"statusCode":422,"detail":[
                 {"loc":["query","q"],"type":"string_too_short","msg":"String should have at least 4 characters"},
                 {"loc":["query","limit"],"type":"greater_than_equal","msg":"Input should be greater than or equal to 1"},
                 {"loc":["query","ratio"],"type":"less_than","msg":"Input should be less than 1"},
                 {"loc":["query","sku"],"type":"string_pattern_mismatch","msg":"String should match pattern '^[A-Z]{3}-[0-9]+$'"},
                 {"loc":["query","color"],"type":"enum","msg":"Input should be 'RED', 'GREEN' or 'BLUE'"}]}"""), r.json());
    }

    @Test
    void exclusiveMinimumAndValidValues() {
        TestResponse r = client.get("/search").query("ratio", "0").send();
        assertEquals(List.of(List.of(List.of("query", "ratio"), "greater_than")), locTypes(r));
        assertEquals(json("{\"q\":\"milk!\",\"limit\":100,\"ratio\":0.25,\"sku\":\"ABC-12\",\"color\":\"GREEN\"}"),
                client.get("/search").query("q", "milk!").query("limit", "100").query("ratio", "0.25")
                        .query("sku", "ABC-12").query("color", "GREEN").send().json());
    }

    @Test
    void multiValueQueryAndHeaderLists() {
        TestResponse r = client.get("/multi").query("example_multi_value_param", "RED")
                .query("example_multi_value_param", "BLUE").header("cloudfront-viewer-country", "DE")
                .header("cloudfront-viewer-country", "US, FR").send();
        assertEquals(200, r.status(), r.body());
        assertEquals(json("{\"colors\":[\"RED\",\"BLUE\"],\"countries\":[\"DE\",\"US\",\"FR\"]}"), r.json());
        assertEquals(json("{\"colors\":[],\"countries\":[]}"), client.get("/multi").send().json());
    }

    @Test
    void multiValueProblemsCarryTheIndex() {
        TestResponse r = client.get("/multi").query("example_multi_value_param", "RED")
                .query("example_multi_value_param", "PINK").send();
        assertEquals(List.of(List.of(List.of("query", "example_multi_value_param", 1), "enum")), locTypes(r));
        r = client.get("/multi").query("example_multi_value_param", "RED").query("example_multi_value_param", "RED")
                .query("example_multi_value_param", "RED").query("example_multi_value_param", "RED").send();
        assertEquals(json("""
                {"statusCode":422,"detail":[{"loc":["query","example_multi_value_param"],"type":"too_long",
                 "msg":"List should have at most 3 items after validation, not 4"}]}"""), r.json());
    }

    @Test
    void headersAreCaseInsensitiveRequiredAndChecked() {
        TestResponse ok = client.get("/headers").header("X-Correlation-ID", "0123456789abcdef").send();
        assertEquals("0123456789abcdef GET", ok.body());
        assertEquals(problem(List.of("header", "x-correlation-id"), "missing", "Field required"),
                client.get("/headers").send().json());
        assertEquals(problem(List.of("header", "x-correlation-id"), "string_too_short",
                "String should have at least 16 characters"),
                client.get("/headers").header("x-correlation-id", "short").send().json());
        assertEquals(List.of(List.of(List.of("header", "x-correlation-id"), "string_too_long")),
                locTypes(client.get("/headers").header("x-correlation-id", "0123456789abcdef0").send()));
    }

    @Test
    void uuidDatesDecimalsAndLongs() {
        String id = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
        TestResponse ok = client.get("/typed/" + id).query("day", "2024-02-29").query("amount", "12.50")
                .query("big", "9007199254740993").send();
        assertEquals(json("{\"id\":\"" + id + "\",\"day\":\"2024-02-29\",\"amount\":12.50,\"big\":9007199254740993}"),
                ok.json());
        TestResponse bad = client.get("/typed/nope").query("day", "2024-02-30").query("amount", "lots").send();
        assertEquals(List.of(
                List.of(List.of("path", "id"), "uuid_parsing"),
                List.of(List.of("query", "day"), "date_parsing"),
                List.of(List.of("query", "amount"), "float_parsing"),
                List.of(List.of("query", "big"), "missing")), locTypes(bad));
    }
}
