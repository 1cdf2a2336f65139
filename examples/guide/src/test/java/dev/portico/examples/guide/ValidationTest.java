package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** docs/guide/validation.md. */
class ValidationTest {
    private final PorticoClient client = PorticoClient.of(Validation.app());

    @Test
    void pathParametersAreConvertedAndChecked() {
        assertMatches("validation/get.json", client.get("/todos/1").send().raw());
        assertMatches("validation/get-apples.json", client.get("/todos/apples").send().raw());
        assertEquals(Wire.tree("""
                {"statusCode":422,"detail":[{"loc":["path","todo_id"],"type":"less_than_equal",
                 "msg":"Input should be less than or equal to 999"}]}"""), client.get("/todos/1000").send().json());
    }

    @Test
    void queryParameters() {
        assertEquals(Wire.tree("[{\"id\":2,\"title\":\"Write docs\",\"completed\":true}]"),
                client.get("/todos?completed=yes").send().json());
        assertEquals(1, client.get("/todos?limit=1").send().json().size());
        assertMatches("validation/query-errors.json", client.get("/todos?completed=maybe&limit=0").send().raw());
    }

    @Test
    void headers() {
        TestResponse hello = client.get("/hello").header("x-correlation-id", "0123456789abcdef").send();
        assertEquals("Hello from 192.0.2.10, correlation id 0123456789abcdef", hello.body());
        assertEquals("text/plain", hello.header("Content-Type"));
        assertMatches("validation/header-missing.json", client.get("/hello").send().raw());
    }

    @Test
    void bodies() {
        assertMatches("validation/post.json",
                client.post("/todos").jsonBody("{\"userId\": \"1\", \"title\": \"Buy milk\", \"completed\": false}").send().raw());
        assertMatches("validation/post-errors.json", client.post("/todos").jsonBody("{\"title\": \"\"}").send().raw());
        assertEquals("Buy milk with priority 2", client.post("/todos/embedded")
                .jsonBody("{\"todo\": {\"userId\": 1, \"title\": \"Buy milk\", \"completed\": false}, \"priority\": 2}")
                .send().body());
        assertEquals("Buy milk with priority 0", client.post("/todos/embedded")
                .jsonBody("{\"todo\": {\"userId\": 1, \"title\": \"Buy milk\", \"completed\": false}}").send().body());
    }

    @Test
    void repeatedQueryParameters() {
        assertEquals(Wire.tree("[\"HOME\",\"URGENT\"]"), client.get("/tags?tag=HOME&tag=URGENT").send().json());
        assertMatches("validation/tags-error.json", client.get("/tags?tag=HOME&tag=PINK").send().raw());
    }

    @Test
    void responsesAreValidatedToo() {
        assertMatches("validation/response-error.json", client.get("/legacy/1").send().raw());
    }

    @Test
    void opaqueValidationErrors() {
        TestResponse r = PorticoClient.of(Validation.opaqueErrors()).get("/todos/apples").send();
        assertMatches("validation/sanitized.json", r.raw());
    }

    @Test
    void jsonSchemaValidation() {
        PorticoClient schema = PorticoClient.of(Validation.schemaValidation());
        assertEquals(201, schema.post("/notes").jsonBody("{\"title\": \"Buy milk\", \"tags\": [\"home\"]}").send().status());
        assertMatches("validation/schema-errors.json",
                schema.post("/notes").jsonBody("{\"title\": \"\", \"tags\": [\"a\", \"b\", \"c\", \"d\"]}").send().raw());
    }
}
