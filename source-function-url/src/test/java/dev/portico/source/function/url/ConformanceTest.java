package dev.portico.source.function.url;

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
 * folder (skipped otherwise): every Function URL event is answered by this source through a
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

    /** Function URL by shape, judged on the JSON tree independently of the source's own rule. */
    private static boolean isFunctionUrl(JsonNode e) {
        String domain = e.path("requestContext").path("domainName").asText();
        return "2.0".equals(e.path("version").asText()) && e.has("rawPath")
                && e.path("requestContext").path("http").has("method")
                && domain.endsWith(".on.aws") && domain.split("\\.")[1].equals("lambda-url");
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyFixtureEvent() throws IOException {
        List<Path> files = events();
        var b = Resolver.builder().debug(false);
        b.any(".+", r -> Map.of("method", r.method(), "path", r.path(), "source", r.source()));
        Resolver app = b.build();
        LambdaFunctionUrlSource source = new LambdaFunctionUrlSource();
        List<DynamicTest> tests = new ArrayList<>();
        int mine = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode node = MAPPER.readTree(bytes);
            EventJson event = EventJson.of((Map<String, Object>) EventJson.parse(bytes));
            String name = file.getFileName().toString();
            if (isFunctionUrl(node)) {
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
                    assertEquals(node.get("rawPath").asText(), body.get("path").asText());
                    assertEquals("function-url", body.get("source").asText());
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(name + " is not recognized", () -> assertFalse(source.recognizes(event))));
            }
        }
        int found = mine;
        tests.add(DynamicTest.dynamicTest("some fixtures are Function URL events", () -> assertTrue(found > 0)));
        return tests.stream();
    }
}
