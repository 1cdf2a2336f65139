package dev.portico.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every JMH benchmark, for every parameter, runs once briefly in this JVM and yields a score. */
class JmhSmokeTest {
    private static final Path BENCH_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void everyBenchmarkProducesAScore() throws Exception {
        Path json = BENCH_DIR.resolve("target/smoke/jmh.json");
        Files.createDirectories(json.getParent());
        Options options = new OptionsBuilder()
                .include("dev\\.portico\\.benchmarks\\.jmh\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        // InvocationBenchmark: 2 methods x 3 events; RouteLookupBenchmark: 3 counts x 3 shapes.
        assertEquals(15, results.size());
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            assertTrue(score > 0 && Double.isFinite(score), r.getParams().getBenchmark() + " scored " + score);
        }
        assertTrue(Files.size(json) > 0);
    }
}
