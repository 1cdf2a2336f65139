package dev.portico.feature.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CORS examples of the Powertools documentation (#17 and #18 of {@code docs-examples/CATALOGUE.md}
 * under the {@code portico.fixtures} directory), rewritten with Portico and answered through the REST
 * source. Expected: the real outputs the catalogue describes (the doc files plus
 * {@code Access-Control-Max-Age}, and one echoed origin), plus {@code Vary: Origin}, Portico's one
 * deliberate addition (the response depends on the request's origin). Skipped when
 * {@code portico.fixtures} is not set.
 */
class DocsExamplesTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String WWW = "https://www.example.com";
    static final String DEV = "https://dev.example.com";
    private static Path docs;
    private static List<Map<String, Object>> todos;

    @BeforeAll
    static void fixtures() throws IOException {
        String dir = System.getProperty("portico.fixtures", "");
        assumeFalse(dir.isBlank(), "portico.fixtures is not set");
        docs = Path.of(dir, "docs-examples");
        String body = read("getting_started_rest_api_resolver_output.json").get("body").asText();
        todos = M.readValue(body, new TypeReference<Map<String, List<Map<String, Object>>>>() { }).get("todos");
        assertEquals(10, todos.size());
    }

    static JsonNode read(String name) throws IOException {
        return M.readTree(Files.readString(docs.resolve(name)));
    }

    /** The app of setting_cors.py (and, with extra origins, setting_cors_extra_origins.py). */
    static Resolver app(CorsConfig cors) {
        Resolver.Builder b = Resolver.builder().debug(false).configure(cors);
        b.get("/todos", r -> Map.of("todos", todos));
        b.get("/todos/<todo_id>", r -> todos.get(Integer.parseInt(r.pathParam("todo_id")) - 1));
        b.get("/healthcheck", r -> Map.of("message", "I'm alive")).cors(false);
        return b.build();
    }

    /** The getting-started GET /todos event with an Origin header. */
    static String event(String origin) throws IOException {
        ObjectNode event = (ObjectNode) read("getting_started_rest_api_resolver.json");
        if (origin != null) {
            event.withObjectProperty("headers").put("Origin", origin);
            event.withObjectProperty("multiValueHeaders").putArray("Origin").add(origin);
        }
        return event.toString();
    }

    static ObjectNode expected(String file, String origin) throws IOException {
        ObjectNode out = (ObjectNode) read(file);
        ObjectNode headers = out.withObjectProperty("multiValueHeaders");
        headers.putArray("Access-Control-Allow-Origin").add(origin);
        headers.putArray("Access-Control-Max-Age").add("300");
        headers.putArray("Vary").add("Origin");
        return out;
    }

    @Test
    void settingCors() throws IOException {
        Resolver app = app(CorsConfig.builder().allowOrigin(WWW).maxAge(300).build());
        assertEquals(expected("setting_cors_output.json", WWW), M.readTree(app.resolve(event(WWW), null)));
        ObjectNode plain = (ObjectNode) read("setting_cors_output.json");
        plain.set("multiValueHeaders", M.createObjectNode().set("Content-Type", M.createArrayNode().add("application/json")));
        assertEquals(plain, M.readTree(app.resolve(event(DEV), null)));
        assertEquals(plain, M.readTree(app.resolve(event(null), null)));
    }

    @Test
    void settingCorsExtraOrigins() throws IOException {
        Resolver app = app(CorsConfig.builder().allowOrigin(WWW).extraOrigins(DEV).maxAge(300).build());
        for (String origin : List.of(WWW, DEV)) {
            assertEquals(expected("setting_cors_extra_origins_output.json", origin),
                    M.readTree(app.resolve(event(origin), null)), origin);
        }
        JsonNode unknown = M.readTree(app.resolve(event("https://other.example.com"), null));
        assertEquals(M.createObjectNode().set("Content-Type", M.createArrayNode().add("application/json")),
                unknown.get("multiValueHeaders"));
    }
}
