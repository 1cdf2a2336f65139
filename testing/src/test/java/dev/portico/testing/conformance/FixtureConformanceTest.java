package dev.portico.testing.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample event in {@code <portico.fixtures>/events/} (the shared AWS samples, never copied into
 * this repository) is answered by one auto-detecting application with all six sources, through the
 * source its file name says, with the method and path the event carries. Skipped when the system
 * property {@code portico.fixtures} is empty.
 */
class FixtureConformanceTest {

    /**
     * Which source each sample file must be decoded by, by file name; the first matching row wins.
     * A file no row matches fails the test, so new samples get a row.
     */
    static final Map<Pattern, String> EXPECTED = expected();

    private static Map<Pattern, String> expected() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile("apiGatewayProxyV2.*"), "apigw-http");
        m.put(Pattern.compile("apiGatewayProxyEvent.*|apiGatewayProxyOtherEvent|apigatewaye.*"), "apigw-rest");
        m.put(Pattern.compile("lambdaFunctionUrl.*"), "function-url");
        m.put(Pattern.compile("alb.*"), "alb");
        m.put(Pattern.compile("vpcLatticeV2.*|vpcLatticeEventV2PathTrailingSlash"), "vpc-lattice-v2");
        m.put(Pattern.compile("vpcLatticeEvent|vpcLatticeEventPathTrailingSlash"), "vpc-lattice");
        return m;
    }

    private static final Resolver APP = app();

    private static Resolver app() {
        var b = Resolver.builder().debug(false);
        b.any(".+", r -> Map.of("method", r.method(), "path", r.path(), "source", r.source()));
        return b.build();
    }

    /** @return the sample files, skipping the calling test when there are none to read */
    static List<Path> samples() {
        String root = System.getProperty("portico.fixtures", "");
        assumeTrue(!root.isBlank(), "portico.fixtures is not set");
        Path dir = Path.of(root, "events");
        assertTrue(Files.isDirectory(dir), "portico.fixtures is set but " + dir + " is not a directory");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expectedSource(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        for (Map.Entry<Pattern, String> row : EXPECTED.entrySet()) {
            if (row.getKey().matcher(name).matches()) {
                return row.getValue();
            }
        }
        return fail("No row of EXPECTED names the source of " + file.getFileName() + ": add one");
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsAnsweredByItsSource() {
        return samples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String source = expectedSource(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode event = CrossSourceConformanceTest.tree(text);
            JsonNode answer = CrossSourceConformanceTest.tree(APP.resolve(text, null));
            assertEquals(200, answer.path("statusCode").asInt(), answer::toString);
            assertFalse(answer.path("isBase64Encoded").asBoolean(), answer::toString);
            JsonNode echo = CrossSourceConformanceTest.tree(answer.path("body").asText());
            assertEquals(source, echo.path("source").asText(), "source");
            assertEquals(method(source, event), echo.path("method").asText(), "method");
            assertEquals(path(source, event), echo.path("path").asText(), "path");
        }));
    }

    @Test
    void theSamplesCoverAllSixSources() {
        Set<String> seen = new TreeSet<>();
        samples().forEach(f -> seen.add(expectedSource(f)));
        assertEquals(new TreeSet<>(EXPECTED.values()), seen);
    }

    /** The method as each format carries it. */
    private static String method(String source, JsonNode e) {
        return switch (source) {
            case "apigw-http", "function-url" -> e.path("requestContext").path("http").path("method").asText();
            case "vpc-lattice", "vpc-lattice-v2" -> e.path("method").asText();
            default -> e.path("httpMethod").asText();
        };
    }

    /** The path as each format carries it: HTTP API without a named stage, Lattice v1 without a query. */
    private static String path(String source, JsonNode e) {
        return switch (source) {
            case "apigw-http" -> withoutStage(e.path("rawPath").asText(), e.path("requestContext").path("stage").asText());
            case "function-url" -> e.path("rawPath").asText();
            case "vpc-lattice" -> e.path("raw_path").asText().replaceFirst("\\?.*", "");
            default -> e.path("path").asText();
        };
    }

    private static String withoutStage(String rawPath, String stage) {
        if (stage.isEmpty() || "$default".equals(stage)) {
            return rawPath;
        }
        String prefix = "/" + stage;
        if (rawPath.equals(prefix)) {
            return "/";
        }
        return rawPath.startsWith(prefix + "/") ? rawPath.substring(prefix.length()) : rawPath;
    }
}
