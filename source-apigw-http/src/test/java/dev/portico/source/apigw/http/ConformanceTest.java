package dev.portico.source.apigw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.spi.EventJson;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs over the shared fixture events when the {@code portico.fixtures} system property names their
 * folder (skipped otherwise): every HTTP API v2 event is answered by this source through a
 * discovering catch-all app; every other event is not recognized by it.
 */
class ConformanceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Path> events() throws IOException {
        String root = System.getProperty("portico.fixtures", "");
        assumeTrue(!root.isBlank(), "portico.fixtures is not set");
        Path dir = Path.of(root, "events");
        assumeTrue(Files.isDirectory(dir), "no events folder in " + root);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** HTTP API v2 by shape, judged on the JSON tree independently of the source's own rule. */
    private static boolean isHttpApi(JsonNode e) {
        JsonNode context = e.path("requestContext");
        return "2.0".equals(e.path("version").asText()) && e.has("routeKey") && e.has("rawPath")
                && context.path("http").has("method") && !context.path("domainName").asText().endsWith(".on.aws");
    }

    private static String expectedPath(JsonNode e) {
        String path = e.get("rawPath").asText();
        String stage = e.path("requestContext").path("stage").asText("$default");
        if (!stage.equals("$default") && (path.equals("/" + stage) || path.startsWith("/" + stage + "/"))) {
            path = path.substring(stage.length() + 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyFixtureEvent() throws IOException {
        List<Path> files = events();
        var b = Resolver.builder().debug(false);
        b.any(".+", r -> Map.of("method", r.method(), "path", r.path(), "source", r.source()));
        Resolver app = b.build();
        ApiGatewayHttpSource source = new ApiGatewayHttpSource();
        List<DynamicTest> tests = new ArrayList<>();
        int mine = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode node = MAPPER.readTree(bytes);
            EventJson event = EventJson.of((Map<String, Object>) EventJson.parse(bytes));
            String name = file.getFileName().toString();
            if (isHttpApi(node)) {
                mine++;
                tests.add(DynamicTest.dynamicTest(name + " is answered", () -> {
                    assertTrue(source.recognizes(event));
                    JsonNode out = MAPPER.readTree(app.resolve(new String(bytes, StandardCharsets.UTF_8), null));
                    assertEquals(200, out.get("statusCode").asInt());
                    assertEquals("application/json", out.get("headers").get("Content-Type").asText());
                    assertEquals(MAPPER.readTree("[]"), out.get("cookies"));
                    assertFalse(out.get("isBase64Encoded").asBoolean());
                    JsonNode body = MAPPER.readTree(out.get("body").asText());
                    assertEquals(node.at("/requestContext/http/method").asText(), body.get("method").asText());
                    assertEquals(expectedPath(node), body.get("path").asText());
                    assertEquals("apigw-http", body.get("source").asText());
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(name + " is not recognized", () -> assertFalse(source.recognizes(event))));
            }
        }
        int found = mine;
        tests.add(DynamicTest.dynamicTest("some fixtures are HTTP API events", () -> assertTrue(found > 0)));
        return tests.stream();
    }
}
