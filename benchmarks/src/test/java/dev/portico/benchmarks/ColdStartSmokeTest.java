package dev.portico.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.benchmarks.harness.ColdStartHarness;
import dev.portico.benchmarks.harness.Sample;
import dev.portico.benchmarks.harness.Variant;
import dev.portico.benchmarks.harness.Variants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cold-start harness runs: one fresh JVM each for the reference, and the baseline and Portico for
 * each of the three events (GET, POST with a record body, typed validated POST), with their responses
 * checked (the harness fails on any other answer) and figures produced. Node and Spring are left to
 * {@code run.sh}. The child JVMs run on {@code -Dportico.childJava=/path/to/java} (default: this JVM's),
 * so CI can run them on Java 25 too.
 */
class ColdStartSmokeTest {
    private static final Path BENCH_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final String JAVA = System.getProperty("portico.childJava", Variants.currentJava());

    @Test
    void coldStartsAreMeasuredForTheThreeEvents() throws IOException {
        List<String> names = List.of("jvm-hello", "baseline-get", "portico-get", "baseline-post", "portico-post",
                "baseline-typed", "portico-typed");
        List<Variant> variants = Variants.create(BENCH_DIR, List.of(JAVA), Variants.DEFAULT_JVM_OPTIONS, names);
        List<ColdStartHarness.Result> results = ColdStartHarness.run(variants, 1, false,
                BENCH_DIR.resolve("target/coldstart-scratch"), System.err);

        assertEquals(names.size(), results.size());
        for (int i = 0; i < names.size(); i++) {
            ColdStartHarness.Result r = results.get(i);
            String name = r.variant().name();
            assertEquals(names.get(i), r.variant().base());
            assertNull(r.variant().skipped(), name);
            assertEquals(1, r.samples().size(), name);
            Sample s = r.samples().get(0);
            assertTrue(s.wallNanos() > 0 && s.wallNanos() < 60_000_000_000L, name + " wall " + s.wallNanos());
            assertTrue(s.startNanos() > 0 && s.startNanos() < s.wallNanos(), name + " start " + s.startNanos());
            assertTrue(s.initNanos() >= 0 && s.firstNanos() > 0, name + " init/first " + s);
            assertTrue(s.cpuNanos() >= 0, name + " cpu " + s.cpuNanos());
            assertTrue(s.heapBytes() > 0, name + " heap " + s.heapBytes());
            assertTrue(s.classes() > 300, name + " classes " + s.classes());
            if (i > 0) {
                Variant.Expected expected = Variants.EVENTS.get(r.variant().event()).expected();
                JsonNode response = new ObjectMapper().readTree(s.response());
                assertEquals(expected.status(), response.path("statusCode").asInt(), name);
                assertEquals(expected.body(), response.path("body").asText(), name);
            }
        }
        ColdStartHarness.Result typed = results.get(6);
        assertTrue(typed.samples().get(0).warmNanos() > 0, "portico-typed reports its warm invocations");
        assertTrue(typed.files().containsKey("portico-feature-openapi-0.1.0-SNAPSHOT.jar"), typed.files().toString());
        assertEquals(0, results.get(0).footprintBytes(), "the reference deploys nothing");
        assertTrue(results.get(1).footprintBytes() > 1_000_000, "the baseline carries Jackson");
        assertTrue(results.get(2).footprintBytes() > results.get(1).footprintBytes(), "Portico carries Jackson too");
        assertTrue(results.get(2).files().keySet().stream().noneMatch(f -> f.contains("openapi") || f.contains("jmh")),
                "core + REST source only: " + results.get(2).files());

        Path json = BENCH_DIR.resolve("target/smoke/coldstart.json");
        ColdStartHarness.write(json, results, 1, Variants.DEFAULT_JVM_OPTIONS, ColdStartHarness.loadAverage(), List.of(JAVA));
        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertEquals(names.size(), written.path("variants").size());
        assertEquals(results.get(2).variant().name(), written.path("variants").path(2).path("name").asText());
        assertEquals("typed", written.path("variants").path(6).path("event").asText());
        assertEquals(1, written.path("variants").path(2).path("wallNanos").size());
        assertTrue(Files.size(json) > 0);
    }
}
