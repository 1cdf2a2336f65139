package dev.portico.source.function.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Powertools documentation example for Function URLs (CATALOGUE.md #3), read from
 * {@code <portico.fixtures>/docs-examples/}; skipped when the {@code portico.fixtures} system property
 * is empty.
 */
class DocsExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path docs() {
        String root = System.getProperty("portico.fixtures", "");
        assumeTrue(!root.isBlank(), "portico.fixtures is not set");
        Path dir = Path.of(root, "docs-examples");
        assumeTrue(Files.isDirectory(dir), "no docs-examples folder in " + root);
        return dir;
    }

    /** The stub of the upstream todo service: the 10 todos of example #1's output body. */
    private static List<Map<String, Object>> todos(Path docs) throws IOException {
        JsonNode output = MAPPER.readTree(docs.resolve("getting_started_rest_api_resolver_output.json").toFile());
        JsonNode body = MAPPER.readTree(output.get("body").asText());
        return MAPPER.convertValue(body.get("todos"), new TypeReference<List<Map<String, Object>>>() { });
    }

    /** #3: GET /todos on the Function URL resolver returns the first 10 todos as JSON. */
    @Test
    void gettingStartedFunctionUrlResolver() throws IOException {
        Path docs = docs();
        List<Map<String, Object>> upstream = todos(docs);
        Resolver.TypedBuilder<LambdaFunctionUrlResolver> b = LambdaFunctionUrlResolver.builder();
        b.get("/todos", r -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("todos", upstream.subList(0, Math.min(10, upstream.size())));
            return result;
        });
        LambdaFunctionUrlResolver app = b.build();
        String event = Files.readString(docs.resolve("getting_started_lambda_function_url_resolver.json"), StandardCharsets.UTF_8);
        JsonNode out = MAPPER.readTree(app.resolve(event, null));

        String expectedBody = MAPPER.readTree(docs.resolve("getting_started_rest_api_resolver_output.json").toFile())
                .get("body").asText();
        assertEquals(expectedBody, out.get("body").asText());
        assertEquals(MAPPER.readTree("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"cookies\":[],\"isBase64Encoded\":false}"), ((ObjectNode) out).without("body"));
    }
}
