package dev.portico.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as Markdown tables: cold start (medians and ratios to the hand-written baseline),
 * per-invocation cost, route lookup scaling, class loading, and the targets met or missed.
 *
 * <p>Usage: {@code Report [--results dir]}: reads {@code coldstart.json}, {@code jmh.json} and
 * {@code classload.json} (each when present), prints the report and writes {@code summary.md}.
 */
public final class Report {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INVOCATION = "dev.portico.benchmarks.jmh.InvocationBenchmark.";
    private static final String LOOKUP = "dev.portico.benchmarks.jmh.RouteLookupBenchmark.dispatch";

    private Report() {
    }

    /**
     * @param args {@code --results dir}
     */
    public static void main(String[] args) {
        Path dir = Path.of(new Args(args).get("--results", "results"));
        StringBuilder md = new StringBuilder();
        JsonNode cold = readJson(dir.resolve("coldstart.json"));
        JsonNode jmh = readJson(dir.resolve("jmh.json"));
        JsonNode classes = readJson(dir.resolve("classload.json"));
        if (cold != null) {
            md.append(coldStartTable(cold)).append('\n');
        }
        if (jmh != null) {
            md.append(invocationTable(jmh)).append('\n').append(lookupTable(jmh)).append('\n');
        }
        if (classes != null) {
            md.append(classLoadTable(classes)).append('\n');
        }
        md.append(targets(cold, jmh));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("summary.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }

    /**
     * @param file a JSON file
     * @return its tree, or {@code null} when it does not exist
     */
    static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param values numbers
     * @return their median (the mean of the middle two for an even count), NaN when empty
     */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> numbers(JsonNode array, double scale) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble() / scale));
        return out;
    }

    private static JsonNode variant(JsonNode cold, String name) {
        for (JsonNode v : cold.path("variants")) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        return null;
    }

    /** Median wall milliseconds of a variant, NaN when missing or skipped. */
    static double wallMs(JsonNode cold, String name) {
        JsonNode v = cold == null ? null : variant(cold, name);
        return v == null ? Double.NaN : median(numbers(v.path("wallNanos"), 1e6));
    }

    /**
     * @param cold the harness JSON
     * @return the cold-start table
     */
    static String coldStartTable(JsonNode cold) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Cold start: medians of %d fresh processes per variant%n%n", cold.path("runs").asInt()));
        md.append("JVM options: `").append(String.join(" ", texts(cold.path("jvmOptions")))).append("`; ")
                .append(cold.path("java").asText()).append(", ").append(cold.path("cores").asInt()).append(" cores, ")
                .append(cold.path("date").asText()).append(", load average (1/5/15 min) ")
                .append(cold.path("loadAverage").asText("?")).append(".\n\n");
        md.append("| Variant | Wall to 1st response | × baseline | Wall min–max | of which: start → main "
                + "| handler init | 1st invocation | CPU to 1st response | × baseline | Heap after GC | Footprint | × baseline |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        JsonNode base = variant(cold, "baseline");
        double baseWall = base == null ? Double.NaN : median(numbers(base.path("wallNanos"), 1e6));
        double baseCpu = base == null ? Double.NaN : median(numbers(base.path("cpuNanos"), 1e6));
        double baseSize = base == null ? Double.NaN : base.path("footprintBytes").asDouble();
        for (JsonNode v : cold.path("variants")) {
            String name = v.path("name").asText();
            if (!v.path("skipped").isNull() && !v.path("skipped").isMissingNode()) {
                md.append("| ").append(name).append(" | skipped: ").append(v.path("skipped").asText()).append(" |||||||||||\n");
                continue;
            }
            List<Double> wall = numbers(v.path("wallNanos"), 1e6);
            double w = median(wall);
            double c = median(numbers(v.path("cpuNanos"), 1e6));
            double heap = median(numbers(v.path("heapBytes"), 1024 * 1024));
            double size = v.path("footprintBytes").asDouble();
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %s | %.0f–%.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms "
                    + "| %s | %s | %s | %s |%n",
                    name, w, ratio(w, baseWall), wall.stream().min(Double::compare).orElse(Double.NaN),
                    wall.stream().max(Double::compare).orElse(Double.NaN), median(numbers(v.path("startNanos"), 1e6)),
                    median(numbers(v.path("initNanos"), 1e6)), median(numbers(v.path("firstNanos"), 1e6)),
                    c, ratio(c, baseCpu),
                    heap < 0 ? "–" : String.format(Locale.ROOT, "%.1f MB", heap),
                    size == 0 ? "–" : String.format(Locale.ROOT, "%.2f MB", size / 1e6), size == 0 ? "–" : ratio(size, baseSize)));
        }
        md.append("\nVariants:\n");
        cold.path("variants").forEach(v -> md.append("- `").append(v.path("name").asText()).append("`: ")
                .append(v.path("label").asText()).append('\n'));
        return md.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", value / base);
    }

    /** The score of a JMH result, NaN when absent. */
    static double score(JsonNode jmh, String benchmark, Map<String, String> params) {
        if (jmh == null) {
            return Double.NaN;
        }
        for (JsonNode r : jmh) {
            if (!benchmark.equals(r.path("benchmark").asText())) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, String> p : params.entrySet()) {
                all &= p.getValue().equals(r.path("params").path(p.getKey()).asText());
            }
            if (all) {
                JsonNode median = r.path("primaryMetric").path("scorePercentiles").path("50.0");
                return median.isNumber() ? median.asDouble() : r.path("primaryMetric").path("score").asDouble();
            }
        }
        return Double.NaN;
    }

    /** The 90th percentile of a sample-time JMH result, NaN when absent. */
    private static double p90(JsonNode jmh, String benchmark, Map<String, String> params) {
        for (JsonNode r : jmh) {
            if (benchmark.equals(r.path("benchmark").asText()) && params.entrySet().stream()
                    .allMatch(p -> p.getValue().equals(r.path("params").path(p.getKey()).asText()))) {
                return r.path("primaryMetric").path("scorePercentiles").path("90.0").asDouble(Double.NaN);
            }
        }
        return Double.NaN;
    }

    static String invocationTable(JsonNode jmh) {
        StringBuilder md = new StringBuilder("### Per invocation (JMH sample time: median, p90 in brackets; REST v1 event "
                + "`GET /todos/{id}`)\n\n"
                + "| Routes | Portico (core + REST source) | Hand-written Jackson | × baseline |\n|---:|---:|---:|---:|\n");
        for (String routes : List.of("10", "500")) {
            Map<String, String> p = Map.of("routes", routes);
            double portico = score(jmh, INVOCATION + "portico", p);
            double base = score(jmh, INVOCATION + "baseline", p);
            md.append(String.format(Locale.ROOT, "| %s | %.0f ns (%.0f) | %.0f ns (%.0f) | %s |%n", routes, portico,
                    p90(jmh, INVOCATION + "portico", p), base, p90(jmh, INVOCATION + "baseline", p), ratio(portico, base)));
        }
        return md.toString();
    }

    static String lookupTable(JsonNode jmh) {
        StringBuilder md = new StringBuilder("### Route lookup (JMH sample time, median; `Resolver.dispatch` of a decoded request)\n\n"
                + "| Shape | 10 routes | 100 routes | 1,000 routes | 1,000 vs 10 |\n|---|---:|---:|---:|---:|\n");
        for (String shape : List.of("static", "param", "mixed")) {
            double[] s = new double[3];
            String[] counts = {"10", "100", "1000"};
            for (int i = 0; i < 3; i++) {
                s[i] = score(jmh, LOOKUP, Map.of("routes", counts[i], "shape", shape));
            }
            md.append(String.format(Locale.ROOT, "| %s | %.0f ns | %.0f ns | %.0f ns | %s |%n", shape, s[0], s[1], s[2],
                    ratio(s[2], s[0])));
        }
        return md.toString();
    }

    /**
     * @param profile what {@link ClassLoadProfile} wrote
     * @return the class-loading table and each variant's largest packages
     */
    static String classLoadTable(JsonNode profile) {
        StringBuilder md = new StringBuilder("### Classes loaded up to the first response (`-Xlog:class+load`, one run)\n\n"
                + "| Variant | Total | JDK from CDS archive | JDK not archived | Generated (lambdas, method handles, reflection) "
                + "| Application classes and jars |\n|---|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, JsonNode> e : profile.properties()) {
            JsonNode g = e.getValue().path("groups");
            StringBuilder jars = new StringBuilder();
            g.properties().forEach(j -> {
                if (!j.getKey().startsWith("jdk") && !j.getKey().equals("generated")) {
                    jars.append(jars.length() == 0 ? "" : ", ").append(j.getKey()).append(' ').append(j.getValue().path("count").asInt());
                }
            });
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s |%n", e.getKey(), e.getValue().path("total").asInt(),
                    g.path("jdk-cds").path("count").asInt(), g.path("jdk").path("count").asInt(),
                    g.path("generated").path("count").asInt(), jars));
        }
        return md.toString();
    }

    static String targets(JsonNode cold, JsonNode jmh) {
        StringBuilder md = new StringBuilder("### Targets\n\n");
        double rest = wallMs(cold, "portico-rest");
        double base = wallMs(cold, "baseline");
        double spring = wallMs(cold, "spring");
        target(md, "Cold start, Portico (core + REST source) ≤ 1.2× baseline", rest / base, 1.2, true);
        target(md, "Cold start, Portico ≥ 5× faster than serverless-java-container", spring / rest, 5, false);
        for (String routes : List.of("10", "500")) {
            Map<String, String> p = Map.of("routes", routes);
            target(md, "Per invocation, " + routes + " routes, ≤ 1.3× baseline",
                    score(jmh, INVOCATION + "portico", p) / score(jmh, INVOCATION + "baseline", p), 1.3, true);
        }
        for (String shape : List.of("static", "param", "mixed")) {
            target(md, "Lookup, " + shape + ", 1,000 routes ≤ 1.5× 10 routes",
                    score(jmh, LOOKUP, Map.of("routes", "1000", "shape", shape))
                            / score(jmh, LOOKUP, Map.of("routes", "10", "shape", shape)), 1.5, true);
        }
        return md.toString();
    }

    private static void target(StringBuilder md, String what, double value, double limit, boolean atMost) {
        String verdict = Double.isNaN(value) ? "not measured" : (atMost ? value <= limit : value >= limit) ? "met" : "MISSED";
        md.append(String.format(Locale.ROOT, "- %s: %s (%s)%n", what,
                Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value), verdict));
    }
}
