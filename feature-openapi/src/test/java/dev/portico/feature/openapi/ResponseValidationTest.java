package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Delete;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Put;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Results are checked against the declared type before they are sent. */
class ResponseValidationTest {

    public static class Api {
        @Get("/todos/{title}")
        public Todo todo(@Path("title") String title) {
            return new Todo(1, Optional.empty(), title, false);
        }

        @Get("/missing")
        public Todo missing() {
            return null;
        }

        @Get("/maybe")
        public Optional<Todo> maybe() {
            return Optional.empty();
        }

        @Get("/id")
        @ApiResponse(status = 200, description = "The id, as a string", type = String.class)
        public Object id() {
            return 201;
        }

        @Get("/text")
        @Length(max = 5)
        public String text() {
            return "2008821";
        }

        @Get(value = "/plain", contentType = "text/plain; charset=utf-8")
        public String plain() {
            return "hello";
        }

        @Get("/list")
        public List<Todo> list() {
            return List.of(new Todo(1, Optional.of(1), "a", true), new Todo(0, Optional.of(2), "b", false));
        }

        @Get("/raw")
        public Response raw() {
            return Response.status(418).header("X-Tea", "yes").body(Map.of("teapot", true)).build();
        }

        @Post(value = "/created", status = 201)
        public Map<String, Integer> created() {
            return Map.of("id", 7);
        }

        @Put("/nothing")
        public void nothing() {
        }

        @Delete(value = "/nothing", status = 204)
        public void gone() {
        }
    }

    private final PorticoClient client = Apps.client(new Api());

    @Test
    void aValidResultIsSentAsJson() {
        TestResponse r = client.get("/todos/milk").send();
        assertEquals(200, r.status());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(json("{\"userId\":1,\"id\":null,\"title\":\"milk\",\"completed\":false}"), r.json());
    }

    @Test
    void anInvalidResultAnswers500WithTheProblems() {
        TestResponse r = client.get("/todos/" + "x".repeat(101)).send();
        assertEquals(500, r.status());
        assertEquals(json("""
                {"statusCode":500,"detail":[{"loc":["response","title"],"type":"string_too_long",
                 "msg":"String should have at most 100 characters"}]}"""), r.json());
        assertEquals(json("""
                {"statusCode":500,"detail":[{"loc":["response",1,"userId"],"type":"greater_than_equal",
                 "msg":"Input should be greater than or equal to 1"}]}"""), client.get("/list").send().json());
    }

    @Test
    void nullIsOnlyValidForOptionalResults() {
        assertEquals(json("""
                {"statusCode":500,"detail":[{"loc":["response"],"type":"model_attributes_type",
                 "msg":"Input should be a valid dictionary or object to extract fields from"}]}"""),
                client.get("/missing").send().json());
        TestResponse maybe = client.get("/maybe").send();
        assertEquals(200, maybe.status());
        assertEquals("null", maybe.body());
    }

    @Test
    void theDeclaredResponseTypeWinsOverTheJavaType() {
        TestResponse r = client.get("/id").send();
        assertEquals(json("""
                {"statusCode":500,"detail":[{"loc":["response"],"type":"string_type","msg":"Input should be a valid string"}]}"""),
                r.json());
    }

    @Test
    void theStatusIsConfigurable() {
        Resolver app = Apps.app(new Api(), OpenApiConfig.builder().responseValidationStatus(422).build());
        TestResponse r = PorticoClient.of(app).get("/id").send();
        assertEquals(422, r.status());
        assertEquals(json("{\"statusCode\":422,\"detail\":[{\"loc\":[\"response\"],\"type\":\"string_type\","
                + "\"msg\":\"Input should be a valid string\"}]}"), r.json());
    }

    @Test
    void stringsAreSentAsTheyAreAndChecked() {
        TestResponse text = client.get("/text").send();
        assertEquals(List.of(List.of(List.of("response"), "string_too_long")), Apps.locTypes(text));
        TestResponse plain = client.get("/plain").send();
        assertEquals("hello", plain.body());
        assertEquals("text/plain; charset=utf-8", plain.header("Content-Type"));
    }

    @Test
    void responsesAndVoidAndStatuses() {
        TestResponse raw = client.get("/raw").send();
        assertEquals(418, raw.status());
        assertEquals("yes", raw.header("X-Tea"));
        assertEquals(json("{\"teapot\":true}"), raw.json());
        TestResponse created = client.post("/created").send();
        assertEquals(201, created.status());
        assertEquals(json("{\"id\":7}"), created.json());
        TestResponse nothing = client.put("/nothing").send();
        assertEquals(200, nothing.status());
        assertEquals("", nothing.body());
        assertNull(nothing.header("Content-Type"));
        assertEquals(204, client.delete("/nothing").send().status());
    }

    @Test
    void anExceptionHandlerCanTakeResponseValidationErrors() {
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new Api()))
                .exceptionHandler(ResponseValidationError.class,
                        (e, req) -> Response.of(502, "text/plain", e.errors().get(0).type()))
                .build();
        TestResponse r = PorticoClient.of(app).get("/missing").send();
        assertEquals(502, r.status());
        assertEquals("model_attributes_type", r.body());
    }
}
