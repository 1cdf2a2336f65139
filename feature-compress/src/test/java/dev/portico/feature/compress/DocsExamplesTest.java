package dev.portico.feature.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compression example of the Powertools documentation (#20 of {@code docs-examples/CATALOGUE.md}
 * under the {@code portico.fixtures} directory) through the REST source, both of its apps, and the
 * binary example (#21) with compression added. Bodies are compared after decompression, headers
 * exactly: the real output plus {@code Vary: Accept-Encoding}, Portico's one deliberate addition.
 * Skipped when {@code portico.fixtures} is not set.
 */
class DocsExamplesTest {
    static final ObjectMapper M = new ObjectMapper();
    private static Path docs;
    private static List<Map<String, Object>> todos;

    @BeforeAll
    static void fixtures() throws IOException {
        String dir = System.getProperty("portico.fixtures", "");
        assumeFalse(dir.isBlank(), "portico.fixtures is not set");
        docs = Path.of(dir, "docs-examples");
        JsonNode body = M.readTree(read("getting_started_rest_api_resolver_output.json").get("body").asText());
        todos = M.convertValue(body.get("todos"), new TypeReference<List<Map<String, Object>>>() { });
        assertEquals(10, todos.size(), "the getting-started output lists ten todos");
    }

    static JsonNode read(String name) throws IOException {
        return M.readTree(Files.readString(docs.resolve(name)));
    }

    static String gunzipBase64(String body) {
        return new String(TestSource.gunzip(Base64.getDecoder().decode(body)), StandardCharsets.UTF_8);
    }

    /** Checks everything but the gzip bytes, and returns the decompressed body. */
    static String check(Resolver app, String input) throws IOException {
        JsonNode out = M.readTree(app.resolve(Files.readString(docs.resolve(input)), null));
        ObjectNode expected = (ObjectNode) read("compressing_responses_output.json");
        expected.withObjectProperty("multiValueHeaders").putArray("Vary").add("Accept-Encoding");
        assertEquals(expected.get("statusCode"), out.get("statusCode"));
        assertEquals(expected.get("isBase64Encoded"), out.get("isBase64Encoded"));
        assertEquals(expected.get("multiValueHeaders"), out.get("multiValueHeaders"));
        assertEquals(Set.of("statusCode", "multiValueHeaders", "body", "isBase64Encoded"), names(out));
        return gunzipBase64(out.get("body").asText());
    }

    static java.util.Set<String> names(JsonNode node) {
        java.util.Set<String> out = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void compressingResponsesUsingRoute() throws IOException {
        Resolver.Builder b = Resolver.builder().debug(false);
        b.get("/todos", r -> Map.of("todos", todos)).compress();
        b.get("/todos/<todo_id>", r -> todos.get(Integer.parseInt(r.pathParam("todo_id")) - 1)).compress();
        String expected = gunzipBase64(read("compressing_responses_output.json").get("body").asText());
        assertEquals(expected, check(b.build(), "compressing_responses.json"));
    }

    @Test
    void compressingResponsesUsingResponse() throws IOException {
        Resolver.Builder b = Resolver.builder().debug(false);
        b.get("/todos", r -> Response.builder().contentType("application/json").body(todos).compress(true).build());
        String doc = gunzipBase64(read("compressing_responses_output.json").get("body").asText());
        assertEquals(M.readTree(doc).get("todos"), M.readTree(check(b.build(), "compressing_responses.json")));
    }

    @Test
    void binaryResponsesCompressed() throws IOException {
        byte[] svg = Files.readAllBytes(docs.resolve("binary_responses_logo.svg"));
        byte[] logo = Arrays.copyOf(svg, svg.length - 1);
        Resolver.Builder b = Resolver.builder().debug(false);
        b.get("/logo", r -> Response.of(200, "image/svg+xml", logo)).compress();
        Resolver app = b.build();
        JsonNode plain = M.readTree(app.resolve(Files.readString(docs.resolve("binary_responses.json")), null));
        ObjectNode expected = (ObjectNode) read("binary_responses_output.json");
        expected.withObjectProperty("multiValueHeaders").putArray("Vary").add("Accept-Encoding");
        assertEquals(expected, plain);
        ObjectNode event = (ObjectNode) read("binary_responses.json");
        event.withObjectProperty("headers").put("Accept-Encoding", "gzip");
        JsonNode gz = M.readTree(app.resolve(event.toString(), null));
        assertEquals(M.readTree("{\"Content-Type\":[\"image/svg+xml\"],\"Content-Encoding\":[\"gzip\"],"
                + "\"Vary\":[\"Accept-Encoding\"]}"), gz.get("multiValueHeaders"));
        assertEquals(true, gz.get("isBase64Encoded").asBoolean());
        assertArrayEquals(logo, TestSource.gunzip(Base64.getDecoder().decode(gz.get("body").asText())));
    }
}
