package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Delete;
import dev.portico.feature.openapi.annotations.Extension;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document: its content, and an independent parser's verdict. */
class DocumentTest {

    public static class Api {
        @Get("/todos/{todo_id}")
        @Operation(summary = "Get a todo", description = "Finds a todo by **id**", tags = {"todos"},
                operationId = "getTodo", responseDescription = "The todo")
        @ApiResponse(status = 404, description = "No such todo")
        public Todo todo(@Path(value = "todo_id", description = "The id", example = "7") @Max(999) int id,
                         @Query(value = "fields", description = "Fields to return", deprecated = true)
                         Optional<String> fields,
                         @Header(value = "x-correlation-id", example = "0123456789abcdef") @Length(min = 16, max = 16)
                         String correlationId) {
            return null;
        }

        @Get("/todos")
        @Operation(tags = {"todos"}, deprecated = true)
        public List<Todo> todos(@Query(value = "limit", defaultValue = "10") int limit,
                                @Query("status") List<Order.Status> status) {
            return List.of();
        }

        @Post(value = "/todos", status = 201)
        @Extension(name = "x-amazon-apigateway-integration", value = "{\"type\":\"aws_proxy\",\"httpMethod\":\"POST\"}")
        public long create(@Body(description = "The new todo") Todo todo) {
            return 1;
        }

        @Post("/orders")
        public Order order(@Body(value = "order", embed = true) Order order,
                           @Body(value = "note", embed = true) Optional<String> note) {
            return order;
        }

        @Delete("/todos/{todo_id}")
        @Operation(includeInSchema = false)
        public void delete(@Path("todo_id") int id) {
        }

        @Get("/raw")
        @ApiResponse(status = 200, description = "A pet", type = Pet.class)
        public Response raw() {
            return Response.ok("x");
        }
    }

    static Resolver app() {
        Resolver.Builder<?> b = Resolver.builder().debug(false).include(OpenApi.routes(new Api()), "/v1")
                .configure(OpenApiConfig.builder()
                        .title("TODO Manager API").version("2.3.0").summary("Todos").description("Manages todos")
                        .termsOfService("https://example.com/terms").contact("Ops", "https://example.com", "ops@example.com")
                        .license(new OpenApiConfig.License("MIT", "MIT", null))
                        .server(new OpenApiConfig.Server("https://api.example.com/prod", "Production",
                                Map.of("x-stage", "prod")))
                        .extension("x-amazon-apigateway-gateway-responses", Map.of("DEFAULT_4XX", Map.of()))
                        .build());
        b.get("/users/{user_id}/files/{path+}", r -> "file").summary("A file").tags("files");
        b.get("/legacy/<name>", r -> "legacy").option(OperationDoc.OPTION, OperationDoc.builder()
                .response(200, "The legacy item", Todo.class).response(410, "Gone").extension("x-internal", true).build());
        b.get("/hidden", r -> "hidden").includeInSchema(false);
        b.get("/files/.+", r -> "regex");
        b.any("/anything", r -> "any");
        b.route(List.of("PUT", "PATCH"), "/both", r -> "both").operationId("both");
        return b.build();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        String doc = OpenApi.document(app());
        OpenAPI parsed = OpenApiParser.assertValid(doc);
        assertEquals("3.1.0", parsed.getOpenapi());
        assertEquals("3.1.0", OpenApi.OPENAPI_VERSION);
        assertEquals("TODO Manager API", parsed.getInfo().getTitle());
    }

    @Test
    void metadataServersAndRootExtensions() {
        JsonNode doc = json(OpenApi.document(app()));
        assertEquals(json("""
                {"title":"TODO Manager API","summary":"Todos","description":"Manages todos",
                 "termsOfService":"https://example.com/terms",
                 "contact":{"name":"Ops","url":"https://example.com","email":"ops@example.com"},
                 "license":{"name":"MIT","identifier":"MIT"},"version":"2.3.0"}"""), doc.get("info"));
        assertEquals(json("[{\"url\":\"https://api.example.com/prod\",\"description\":\"Production\",\"x-stage\":\"prod\"}]"),
                doc.get("servers"));
        assertEquals(json("{\"DEFAULT_4XX\":{}}"), doc.get("x-amazon-apigateway-gateway-responses"));
    }

    @Test
    void operationsCarryTheirMetadataParametersAndResponses() {
        JsonNode op = json(OpenApi.document(app())).at("/paths/~1v1~1todos~1{todo_id}/get");
        assertEquals(json("""
                {"tags":["todos"],"summary":"Get a todo","description":"Finds a todo by **id**","operationId":"getTodo",
                 "parameters":[
                  {"name":"todo_id","in":"path","required":true,"description":"The id",
                   "schema":{"type":"integer","format":"int32","maximum":999,"title":"Todo Id"},"example":7},
                  {"name":"fields","in":"query","required":false,"description":"Fields to return","deprecated":true,
                   "schema":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Fields"}},
                  {"name":"x-correlation-id","in":"header","required":true,
                   "schema":{"type":"string","minLength":16,"maxLength":16,"title":"X-Correlation-Id"},"example":"0123456789abcdef"}],
                 "responses":{
                  "200":{"description":"The todo","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Todo"}}}},
                  "404":{"description":"No such todo"},
                  "422":{"description":"Validation Error","content":{"application/json":{"schema":
                         {"$ref":"#/components/schemas/HTTPValidationError"}}}}}}"""), op);
    }

    @Test
    void defaultsListsDeprecationAndExclusion() {
        JsonNode paths = json(OpenApi.document(app())).get("paths");
        JsonNode list = paths.at("/~1v1~1todos/get");
        assertTrue(list.get("deprecated").asBoolean());
        assertEquals("todos", list.get("operationId").asText());
        assertEquals(json("""
                [{"name":"limit","in":"query","required":false,"schema":{"type":"integer","format":"int32","default":10,"title":"Limit"}},
                 {"name":"status","in":"query","required":false,
                  "schema":{"type":"array","items":{"$ref":"#/components/schemas/Status"},"title":"Status"}}]"""), list.get("parameters"));
        assertEquals(json("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Todo\"},\"title\":\"Return\"}"),
                list.at("/responses/200/content/application~1json/schema"));
        assertFalse(paths.at("/~1v1~1todos~1{todo_id}").has("delete"), "includeInSchema = false");
        assertFalse(paths.has("/hidden"));
        assertFalse(paths.has("/anything"), "routes for any method have no OpenAPI operation");
        assertEquals(List.of("/v1/orders", "/v1/raw", "/v1/todos", "/v1/todos/{todo_id}", "/users/{user_id}/files/{path}",
                "/legacy/{name}", "/both"), iterate(paths), "regular expression routes are left out");
    }

    @Test
    void requestBodiesWholeAndEmbedded() {
        JsonNode paths = json(OpenApi.document(app())).get("paths");
        JsonNode create = paths.at("/~1v1~1todos/post");
        assertEquals(json("""
                {"description":"The new todo","required":true,
                 "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Todo","description":"The new todo"}}}}"""),
                create.get("requestBody"));
        assertEquals(json("{\"type\":\"integer\",\"format\":\"int64\",\"title\":\"Return\"}"),
                create.at("/responses/201/content/application~1json/schema"));
        assertEquals(json("{\"type\":\"aws_proxy\",\"httpMethod\":\"POST\"}"), create.get("x-amazon-apigateway-integration"));
        assertEquals(json("""
                {"required":true,"content":{"application/json":{"schema":{"type":"object","properties":{
                  "order":{"$ref":"#/components/schemas/Order"},
                  "note":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Note"}},"required":["order"]}}}}"""),
                paths.at("/~1v1~1orders/post/requestBody"));
    }

    @Test
    void sharedComponentSchemas() {
        JsonNode schemas = json(OpenApi.document(app())).at("/components/schemas");
        assertEquals(List.of("Line", "Order", "Pet", "Status", "Todo", "ValidationError", "HTTPValidationError"),
                iterate(schemas));
        assertEquals(json("""
                {"type":"object","properties":{
                  "userId":{"type":"integer","format":"int32","minimum":1,"title":"User Id"},
                  "id":{"anyOf":[{"type":"integer","format":"int32"},{"type":"null"}],"title":"Id"},
                  "title":{"type":"string","minLength":1,"maxLength":100,"examples":["Buy milk"],"title":"Title"},
                  "completed":{"type":"boolean","title":"Completed"}},
                 "required":["userId","title","completed"],"title":"Todo","description":"A thing to do"}"""),
                schemas.get("Todo"));
        assertEquals(json("{\"type\":\"string\",\"enum\":[\"NEW\",\"PAID\",\"SHIPPED\"],\"title\":\"Status\"}"),
                schemas.get("Status"));
        JsonNode order = schemas.at("/Order/properties");
        assertEquals(json("{\"type\":\"string\",\"format\":\"uuid\",\"title\":\"Id\"}"), order.get("id"));
        assertEquals(json("{\"type\":\"string\",\"format\":\"date-time\",\"title\":\"Placed\"}"), order.get("placed"));
        assertEquals(json("{\"anyOf\":[{\"type\":\"string\",\"format\":\"date\"},{\"type\":\"null\"}],\"title\":\"Delivery\"}"),
                order.get("delivery"));
        assertEquals(json("{\"type\":\"number\",\"title\":\"Total\"}"), order.get("total"));
        assertEquals(json("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Line\"},\"minItems\":1,"
                + "\"title\":\"Lines\"}"), order.get("lines"));
        assertEquals(json("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int32\"},"
                + "\"title\":\"Tags\"}"), order.get("tags"));
        assertEquals(json("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":2,\"title\":\"Name\"},"
                + "\"age\":{\"type\":\"integer\",\"format\":\"int32\",\"title\":\"Age\"}},\"required\":[\"name\",\"age\"],"
                + "\"title\":\"Pet\"}"),
                schemas.get("Pet"));
    }

    @Test
    void plainRoutesWithPathParametersAndOperationDocs() {
        JsonNode paths = json(OpenApi.document(app())).get("paths");
        assertEquals(json("""
                {"tags":["files"],"summary":"A file","operationId":"get_users_user_id_files_path_",
                 "parameters":[{"name":"user_id","in":"path","required":true,"schema":{"type":"string"}},
                               {"name":"path","in":"path","required":true,"schema":{"type":"string"}}],
                 "responses":{"200":{"description":"Successful Response"}}}"""),
                paths.at("/~1users~1{user_id}~1files~1{path}/get"));
        JsonNode legacy = paths.at("/~1legacy~1{name}/get");
        assertEquals(json("""
                {"200":{"description":"The legacy item","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Todo"}}}},
                 "410":{"description":"Gone"}}"""), legacy.get("responses"));
        assertTrue(legacy.get("x-internal").asBoolean());
        assertEquals("both_put", paths.at("/~1both/put/operationId").asText());
        assertEquals("both_patch", paths.at("/~1both/patch/operationId").asText());
        assertEquals(json("{\"description\":\"A pet\",\"content\":{\"application/json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/Pet\"}}}}"), paths.at("/~1v1~1raw/get/responses/200"));
    }

    @Test
    void theDocumentIsTheSameObjectOnEveryCall() {
        Resolver app = app();
        assertTrue(OpenApi.document(app) == OpenApi.document(app));
    }

    @Test
    void duplicateOperationIdsFailTheBuild() {
        Resolver.Builder<?> b = Resolver.builder().debug(false);
        b.get("/a", r -> "a").operationId("same");
        b.get("/b", r -> "b").operationId("same");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertEquals("Routes GET /a and GET /b have the same operation id 'same'; operation ids must be unique",
                e.getMessage());
    }

    @Test
    void anApplicationWithoutTheFeatureHasNoDocument() {
        Resolver app = Resolver.builder().discover(false).build();
        assertThrows(IllegalStateException.class, () -> OpenApi.document(app));
    }

    private static List<String> iterate(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
