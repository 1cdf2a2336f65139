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
 * The cold-start harness runs: one fresh JVM each for the reference, the baseline and Portico
 * (Spring and Node are left to {@code run.sh}), with their responses checked and figures produced.
 */
class ColdStartSmokeTest {
    private static final Path BENCH_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void coldStartsAreMeasured() throws IOException {
        List<Variant> variants = Variants.create(BENCH_DIR, Variants.DEFAULT_JVM_OPTIONS,
                List.of("jvm-hello", "baseline", "portico-rest"));
        List<ColdStartHarness.Result> results = ColdStartHarness.run(variants, 1, false,
                BENCH_DIR.resolve("target/coldstart-scratch"), System.err);

        assertEquals(3, results.size());
        for (ColdStartHarness.Result r : results) {
            assertNull(r.variant().skipped(), r.variant().name());
            assertEquals(1, r.samples().size(), r.variant().name());
            Sample s = r.samples().get(0);
            assertTrue(s.wallNanos() > 0 && s.wallNanos() < 60_000_000_000L, r.variant().name() + " wall " + s.wallNanos());
            assertTrue(s.startNanos() > 0 && s.startNanos() < s.wallNanos(), r.variant().name() + " start " + s.startNanos());
            assertTrue(s.initNanos() >= 0 && s.firstNanos() > 0, r.variant().name() + " init/first " + s);
            assertTrue(s.cpuNanos() >= 0, r.variant().name() + " cpu " + s.cpuNanos());
            assertTrue(s.heapBytes() > 0, r.variant().name() + " heap " + s.heapBytes());
            assertTrue(s.classes() > 300, r.variant().name() + " classes " + s.classes());
        }
        assertEquals(0, results.get(0).footprintBytes(), "the reference deploys nothing");
        assertTrue(results.get(1).footprintBytes() > 1_000_000, "the baseline carries Jackson");
        assertTrue(results.get(2).footprintBytes() > results.get(1).footprintBytes(), "Portico carries Jackson too");

        Path json = BENCH_DIR.resolve("target/smoke/coldstart.json");
        ColdStartHarness.write(json, results, 1, Variants.DEFAULT_JVM_OPTIONS, ColdStartHarness.loadAverage());
        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertEquals(3, written.path("variants").size());
        assertEquals("portico-rest", written.path("variants").path(2).path("name").asText());
        assertEquals(1, written.path("variants").path(2).path("wallNanos").size());
        assertTrue(Files.size(json) > 0);
    }
}
