package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.locTypes;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The native middleware validating bodies against hand-written JSON Schemas. */
class SchemaValidationMiddlewareTest {
    static final String INBOUND = """
            {"$schema":"http://json-schema.org/draft-07/schema#","type":"object",
             "properties":{"message":{"type":"string","minLength":3},"username":{"type":"string","format":"handle"},
                           "count":{"type":"integer","maximum":10},"items":{"type":"array","items":{"enum":["a","b"]}}},
             "required":["message","username"]}""";
    static final String OUTBOUND = """
            {"type":"object","properties":{"ok":{"type":"boolean"}},"required":["ok"],"additionalProperties":false}""";

    private static PorticoClient client() {
        SchemaValidationMiddleware validate = new SchemaValidationMiddleware(INBOUND, OUTBOUND,
                Map.of("handle", s -> s.startsWith("@")));
        Resolver.Builder b = Resolver.builder().debug(false);
        b.post("/messages", r -> r.json().path("reply").isMissingNode()
                ? Map.of("ok", true) : r.json().get("reply")).middleware(validate);
        b.post("/echo", r -> r.body()).middleware(new SchemaValidationMiddleware(null, OUTBOUND));
        return PorticoClient.of(b.build());
    }

    @Test
    void validBodiesPass() {
        TestResponse r = client().post("/messages").body("{\"message\":\"hello\",\"username\":\"@lessa\"}").send();
        assertEquals(200, r.status());
        assertEquals(json("{\"ok\":true}"), r.json());
    }

    @Test
    void anInvalidRequestAnswers422WithEveryProblem() {
        TestResponse r = client().post("/messages")
                .body("{\"message\":\"hi\",\"username\":\"lessa\",\"count\":11,\"items\":[\"a\",\"z\"]}").send();
        assertEquals(422, r.status());
        List<List<Object>> problems = locTypes(r);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.contains(List.of(List.of("body", "message"), "string_too_short")), problems.toString());
        assertTrue(problems.contains(List.of(List.of("body", "username"), "value_error")), problems.toString());
        assertTrue(problems.contains(List.of(List.of("body", "count"), "less_than_equal")), problems.toString());
        assertTrue(problems.contains(List.of(List.of("body", "items", 1), "enum")), problems.toString());
        assertEquals(problem(List.of("body", "username"), "missing", "Field required"),
                client().post("/messages").body("{\"message\":\"hello\"}").send().json());
        assertEquals(problem(List.of("body"), "json_invalid", "JSON decode error"),
                client().post("/messages").body("{").send().json());
        assertEquals(problem(List.of("body"), "missing", "Field required"), client().post("/messages").send().json());
    }

    @Test
    void anInvalidResponseAnswers500() {
        TestResponse r = client().post("/messages")
                .body("{\"message\":\"hello\",\"username\":\"@l\",\"reply\":{\"ok\":\"yes\",\"extra\":1}}").send();
        assertEquals(500, r.status());
        assertEquals(json("""
                {"statusCode":500,"detail":[
                 {"loc":["response","extra"],"type":"extra_forbidden","msg":"Extra inputs are not permitted"},
                 {"loc":["response","ok"],"type":"bool_type","msg":"Input should be a valid boolean"}]}"""),
                sorted(r));
        assertEquals(200, client().post("/echo").body("{\"ok\":false}").send().status());
        assertEquals(problem(500, List.of("response"), "json_invalid", "JSON decode error"),
                client().post("/echo").body("not json").send().json());
    }

    @Test
    void invalidSchemasFailWhenTheMiddlewareIsCreated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SchemaValidationMiddleware("{\"type\":\"no-such-type\"}"));
        assertTrue(e.getMessage().startsWith("Not a valid JSON Schema"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SchemaValidationMiddleware(null, null));
    }

    private static com.fasterxml.jackson.databind.JsonNode sorted(TestResponse r) {
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) r.json();
        List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
        body.get("detail").forEach(items::add);
        items.sort(java.util.Comparator.comparing(n -> n.get("loc").toString()));
        body.putArray("detail").addAll(items);
        return body;
    }
}
