package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.feature.openapi.internal.Titles;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The document written as Powertools writes it: default summaries, titles on parameters, properties
 * and returns, several examples, hidden parameters, body descriptions on schemas, a custom success
 * status replacing the 200, top-level tags. Each operation is compared whole, as exact JSON.
 */
class PowertoolsDocumentTest {

    public static class Api {
        @Get("/users/{user_id}")
        public String user(@Path(value = "user_id", examples = {"7", "42"}) @Max(999) int userId,
                           @Query(value = "includeExtra", example = "true") Optional<Boolean> includeExtra,
                           @Query(value = "internal_flag", includeInSchema = false) @Max(3) Optional<Integer> flag,
                           @Header(value = "x-trace", includeInSchema = false) Optional<String> trace) {
            return "user " + userId + " " + flag.orElse(0);
        }

        @Get("/items/{item_id}")
        @Operation(summary = "One item", tags = {"items"})
        public List<Todo> items(@Path(value = "item_id", includeInSchema = false, description = "hidden") int id,
                                @Query(value = "size", title = "Page size", examples = {"10", "50"}) @Max(100)
                                Optional<Integer> size) {
            return List.of();
        }

        @Post(value = "/jobs", status = 202)
        public String job(@Body(description = "The job's name") String name) {
            return name;
        }

        @Post("/accepted")
        @ApiResponse(status = 202, description = "Accepted for processing", title = "Ticket")
        public String accepted(@Body(description = "The todo to store") Todo todo) {
            return "t";
        }

        @Get("/titled")
        @ApiResponse(status = 200, description = "The todo", title = "The Todo")
        public Todo titled() {
            return null;
        }
    }

    static Resolver app() {
        return Apps.app(new Api(), OpenApiConfig.builder().title("Powertools-like")
                .tag("items", "Things in **stock**").tag("users", null).build());
    }

    static JsonNode doc() {
        String text = OpenApi.document(app());
        OpenApiParser.assertValid(text);
        return json(text);
    }

    private static final String VALIDATION = """
            "422":{"description":"Validation Error","content":{"application/json":{"schema":
                   {"$ref":"#/components/schemas/HTTPValidationError"}}}}""";

    @Test
    void defaultSummaryTitlesExamplesAndHiddenParameters() {
        assertEquals(json("""
                {"summary":"GET /users/{user_id}","operationId":"user",
                 "parameters":[
                  {"name":"user_id","in":"path","required":true,
                   "schema":{"type":"integer","format":"int32","maximum":999,"examples":[7,42],"title":"User Id"}},
                  {"name":"includeExtra","in":"query","required":false,
                   "schema":{"anyOf":[{"type":"boolean"},{"type":"null"}],"title":"Include Extra"},"example":true}],
                 "responses":{
                  "200":{"description":"Successful Response",
                         "content":{"application/json":{"schema":{"type":"string","title":"Return"}}}},
                  """ + VALIDATION + "}}"), doc().at("/paths/~1users~1{user_id}/get"));
    }

    @Test
    void boundsAreWrittenAsPlainNumbers() {
        String text = OpenApi.document(app());
        assertTrue(text.contains("\"maximum\":100}"), "not 1E+2: " + text);
    }

    @Test
    void hiddenParametersAreStillValidated() {
        PorticoClient client = PorticoClient.of(app());
        assertEquals("user 7 2", client.get("/users/7").query("internal_flag", "2").send().body());
        assertEquals(422, client.get("/users/7").query("internal_flag", "4").send().status());
        assertEquals(List.of(List.of(List.of("query", "internal_flag"), "less_than_equal")),
                Apps.locTypes(client.get("/users/7").query("internal_flag", "4").send()));
        assertEquals(422, client.get("/items/x").send().status(), "a hidden path parameter is still converted");
        for (String hostile : new String[] {"9".repeat(10_000), "2\r\nX-Injected: 1", "-1e999"}) {
            TestResponse r = client.get("/users/7").query("internal_flag", hostile).send();
            assertEquals(422, r.status(), hostile);
            assertEquals(List.of("query", "internal_flag"), Apps.M.convertValue(r.json().at("/detail/0/loc"), List.class));
        }
    }

    @Test
    void aHiddenPathParameterKeepsTheBareEntryTheTemplateNeeds() {
        assertEquals(json("""
                {"tags":["items"],"summary":"One item","operationId":"items",
                 "parameters":[
                  {"name":"size","in":"query","required":false,
                   "schema":{"anyOf":[{"type":"integer","format":"int32","maximum":100},{"type":"null"}],"examples":[10,50],
                             "title":"Page size"}},
                  {"name":"item_id","in":"path","required":true,"schema":{"type":"string"}}],
                 "responses":{
                  "200":{"description":"Successful Response","content":{"application/json":{"schema":
                         {"type":"array","items":{"$ref":"#/components/schemas/Todo"},"title":"Return"}}}},
                  """ + VALIDATION + "}}"), doc().at("/paths/~1items~1{item_id}/get"));
    }

    @Test
    void customSuccessStatusesReplaceThe200() {
        JsonNode paths = doc().get("paths");
        assertEquals(json("""
                {"summary":"POST /jobs","operationId":"job",
                 "requestBody":{"description":"The job's name","required":true,"content":{"application/json":
                   {"schema":{"type":"string","description":"The job's name"}}}},
                 "responses":{
                  "202":{"description":"Successful Response",
                         "content":{"application/json":{"schema":{"type":"string","title":"Return"}}}},
                  """ + VALIDATION + "}}"), paths.at("/~1jobs/post"));
        assertEquals(json("""
                {"summary":"POST /accepted","operationId":"accepted",
                 "requestBody":{"description":"The todo to store","required":true,"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Todo","description":"The todo to store"}}}},
                 "responses":{
                  "202":{"description":"Accepted for processing",
                         "content":{"application/json":{"schema":{"type":"string","title":"Ticket"}}}},
                  """ + VALIDATION + "}}"), paths.at("/~1accepted/post"));
    }

    @Test
    void aResponseSchemaCanBeTitled() {
        assertEquals(json("""
                {"200":{"description":"The todo","content":{"application/json":{"schema":
                        {"$ref":"#/components/schemas/Todo","title":"The Todo"}}}}}"""),
                doc().at("/paths/~1titled/get/responses"));
    }

    @Test
    void topLevelTagsWithDescriptions() {
        assertEquals(json("[{\"name\":\"items\",\"description\":\"Things in **stock**\"},{\"name\":\"users\"}]"),
                doc().get("tags"));
        OpenApiConfig replaced = OpenApiConfig.builder().tag("a", "one").tag("b", null).tag("a", "two").build();
        assertEquals(List.of(new OpenApiConfig.Tag("a", "two"), new OpenApiConfig.Tag("b", null)), replaced.tags());
        assertThrows(IllegalArgumentException.class, () -> OpenApiConfig.builder().tag(" ", "blank"));
    }

    @Test
    void titlesAsPowertoolsWritesThem() {
        assertEquals("User Id", Titles.of("user_id"));
        assertEquals("Include Extra", Titles.of("includeExtra"));
        assertEquals("User Id", Titles.of("userId"));
        assertEquals("X-Correlation-Id", Titles.of("x-correlation-id"));
        assertEquals("Page2 Size", Titles.of("page2Size"));
        assertEquals("Größe Max", Titles.of("größe_max"));
        assertEquals("Id", Titles.of("ID"));
        assertEquals("", Titles.of(""));
    }
}
