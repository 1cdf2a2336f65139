package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.core.Resolver;
import dev.portico.testkit.Fixtures;
import dev.portico.testkit.ResourceEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documentation examples #4 and #5 of {@code docs-examples/CATALOGUE.md}: the "getting started" todos
 * app on the Lattice resolvers, with the upstream todos service stubbed by the catalogue's stub data.
 * Our response shape has {@code statusDescription} and no {@code cookies} array (see
 * {@link VpcLatticeSource}); status, headers and body are compared with the catalogue's expectations.
 */
class LatticeDocsExamplesTest {

    /** The catalogue's stub: the 10 todos inside the body of the REST example's output file. */
    private static List<?> todos(Path docs) throws IOException {
        JsonNode output = ResourceEvents.tree(Fixtures.read(docs.resolve("getting_started_rest_api_resolver_output.json")));
        JsonNode body = ResourceEvents.tree(output.get("body").asText());
        return ResourceEvents.MAPPER.convertValue(body.get("todos"), List.class);
    }

    private static <B extends Resolver.Builder> B todosApp(B b, List<?> todos) {
        b.get("/todos", r -> Map.of("todos", todos.subList(0, Math.min(10, todos.size()))));
        return b;
    }

    @Test
    void latticeV2GettingStarted() throws IOException {
        Path docs = Fixtures.folder("docs-examples");
        List<?> todos = todos(docs);
        VpcLatticeV2Resolver app = todosApp(VpcLatticeV2Resolver.builder(), todos).build();
        JsonNode r = ResourceEvents.tree(app.resolve(Fixtures.read(docs.resolve("getting_started_vpclatticev2_resolver.json")), null));
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals("200 OK", r.get("statusDescription").asText());
        assertEquals(ResourceEvents.tree("{\"Content-Type\":\"application/json\"}"), r.get("headers"));
        assertEquals(ResourceEvents.MAPPER.valueToTree(Map.of("todos", todos)), ResourceEvents.tree(r.get("body").asText()));
        assertFalse(r.get("isBase64Encoded").asBoolean());
        assertFalse(r.has("cookies"));
        assertEquals(10, todos.size());
    }

    @Test
    void latticeV1GettingStartedIsNotFound() throws IOException {
        Path docs = Fixtures.folder("docs-examples");
        List<?> todos = todos(docs);
        VpcLatticeResolver app = todosApp(VpcLatticeResolver.builder(), todos).build();
        String input = Fixtures.read(docs.resolve("getting_started_vpclattice_resolver.json"));
        JsonNode r = ResourceEvents.tree(app.resolve(input, null));
        assertEquals(404, r.get("statusCode").asInt());
        assertEquals("404 Not Found", r.get("statusDescription").asText());
        assertEquals(ResourceEvents.tree("{\"Content-Type\":\"application/json\"}"), r.get("headers"));
        assertEquals(ResourceEvents.tree("{\"statusCode\":404,\"message\":\"Not found\"}"), ResourceEvents.tree(r.get("body").asText()));
        assertFalse(r.has("cookies"));

        ObjectNode toTodos = (ObjectNode) ResourceEvents.tree(input);
        toTodos.put("raw_path", "/todos");
        JsonNode ok = ResourceEvents.tree(app.resolve(toTodos.toString(), null));
        assertEquals(200, ok.get("statusCode").asInt(), "the catalogue: with raw_path /todos, the #4-style answer");
        assertEquals(ResourceEvents.MAPPER.valueToTree(Map.of("todos", todos)), ResourceEvents.tree(ok.get("body").asText()));
    }
}
