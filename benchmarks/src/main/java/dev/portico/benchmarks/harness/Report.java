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
        md.append(targets(cold, jmh)).append('\n');
        if (cold != null) {
            md.append(readmeTable(cold, jmh)).append('\n');
        }
        if (cold != null) {
            md.append(coldStartTable(cold, false)).append('\n').append(primeTable(cold)).append('\n')
                    .append(footprintTable(cold)).append('\n');
        }
        if (jmh != null) {
            md.append(invocationTable(jmh)).append('\n').append(lookupTable(jmh)).append('\n');
        }
        if (classes != null) {
            md.append(classLoadTable(classes)).append('\n').append(whereTimeGoes(classes)).append('\n');
        }
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

    /** Every variant of a run that was measured (not skipped), in table order. */
    private static List<JsonNode> measured(JsonNode cold) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode v : cold.path("variants")) {
            if (v.path("skipped").isNull() || v.path("skipped").isMissingNode()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The runtimes of a run: the Java feature versions, in order of first appearance. */
    static List<String> javas(JsonNode cold) {
        List<String> out = new ArrayList<>();
        if (cold != null) {
            for (JsonNode v : measured(cold)) {
                String rt = v.path("runtime").asText();
                if (!rt.isEmpty() && !"node".equals(rt) && !out.contains(rt)) {
                    out.add(rt);
                }
            }
        }
        return out;
    }

    /** {@code base@java}, or {@code base} for Node. */
    private static String key(String base, String java) {
        return base.startsWith("node") ? base : base + "@" + java;
    }

    /**
     * @param cold the harness JSON
     * @return the headline table (the three events, each Java, against the baseline and Node) and one
     *     table of every variant per runtime
     */
    static String coldStartTable(JsonNode cold) {
        return coldStartTable(cold, true);
    }

    /**
     * @param cold the harness JSON
     * @param headline whether to start with the three events' table (the report shows it earlier)
     * @return the cold-start tables
     */
    static String coldStartTable(JsonNode cold, boolean headline) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Cold start: medians of %d fresh processes per variant, interleaved%n%n",
                cold.path("runs").asInt()));
        md.append("JVM options: `").append(String.join(" ", texts(cold.path("jvmOptions")))).append("`; ")
                .append(cold.path("java").asText()).append("; Node ").append(cold.path("node").asText("?")).append("; ")
                .append(cold.path("cores").asInt()).append(" cores, ")
                .append(cold.path("date").asText()).append(", load average (1/5/15 min) ")
                .append(cold.path("loadAverage").asText("?")).append(".\n\n");
        md.append("Wall time from starting the process to the first response complete. Each ratio divides two "
                + "medians of the same run.\n\n");
        if (headline) {
            md.append(firstResponses(cold));
        }
        List<String> runtimes = new ArrayList<>(javas(cold));
        runtimes.add("node");
        for (String rt : runtimes) {
            md.append(String.format(Locale.ROOT, "%n#### Every variant, %s%n%n", "node".equals(rt) ? "Node" : "Java " + rt));
            md.append("| Variant | Event | Wall to 1st response | × baseline (same event) | Wall min–max | of which: start → main "
                    + "| handler init | 1st invocation | CPU to 1st response | Heap after GC | Classes loaded | Footprint |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (JsonNode v : measured(cold)) {
                if (!rt.equals(v.path("runtime").asText())) {
                    continue;
                }
                String name = v.path("name").asText();
                List<Double> wall = numbers(v.path("wallNanos"), 1e6);
                double w = median(wall);
                double base = wallMs(cold, key("baseline-" + v.path("event").asText(), "node".equals(rt)
                        ? javas(cold).stream().findFirst().orElse("17") : rt));
                double heap = median(numbers(v.path("heapBytes"), 1024 * 1024));
                double classes = median(numbers(v.path("classes"), 1));
                double size = v.path("footprintBytes").asDouble();
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f ms | %s | %.0f–%.0f ms | %.0f ms | %.0f ms | %.1f ms "
                        + "| %.0f ms | %s | %s | %s |%n",
                        name, v.path("event").asText(), w, "reference".equals(v.path("impl").asText()) ? "–" : ratio(w, base),
                        wall.stream().min(Double::compare).orElse(Double.NaN),
                        wall.stream().max(Double::compare).orElse(Double.NaN), median(numbers(v.path("startNanos"), 1e6)),
                        median(numbers(v.path("initNanos"), 1e6)), median(numbers(v.path("firstNanos"), 1e6)),
                        median(numbers(v.path("cpuNanos"), 1e6)),
                        heap < 0 ? "–" : String.format(Locale.ROOT, "%.1f MB", heap),
                        classes < 0 ? "–" : String.format(Locale.ROOT, "%.0f", classes),
                        size == 0 ? "–" : String.format(Locale.ROOT, "%.2f MB", size / 1e6)));
            }
        }
        md.append("\nVariants:\n");
        cold.path("variants").forEach(v -> md.append("- `").append(v.path("name").asText()).append("`: ")
                .append(v.path("label").asText())
                .append(v.path("skipped").isTextual() ? " (skipped: " + v.path("skipped").asText() + ")" : "").append('\n'));
        return md.toString();
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f ms", value);
    }

    /** The median of a per-sample figure of a variant, NaN when missing or not measured (negative). */
    static double medianOf(JsonNode cold, String name, String field, double scale) {
        JsonNode v = cold == null ? null : variant(cold, name);
        if (v == null) {
            return Double.NaN;
        }
        double m = median(numbers(v.path(field), scale));
        return m < 0 ? Double.NaN : m;
    }

    /**
     * @param cold the harness JSON
     * @return first invocation against the second and a warm one, with and without {@code prime()}
     */
    static String primeTable(JsonNode cold) {
        StringBuilder md = new StringBuilder("### `prime()`: the first invocation against a warm one (medians)\n\n"
                + "Invoke time only (the init is in the cold-start table). *Warm* is the median of invocations "
                + (Variants.WARM_INVOCATIONS / 2 + 1) + "–" + Variants.WARM_INVOCATIONS + " in the same process.\n\n"
                + "| Variant | Java | 1st invocation | 2nd invocation | warm | 1st / warm | 1st / 2nd | handler init |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String java : javas(cold)) {
            for (String base : List.of("portico-post", "portico-post-primed", "portico-typed", "portico-typed-primed")) {
                String n = key(base, java);
                double first = medianOf(cold, n, "firstNanos", 1e6);
                double second = medianOf(cold, n, "secondNanos", 1e6);
                double warm = medianOf(cold, n, "warmNanos", 1e6);
                if (Double.isNaN(first)) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f ms | %.3f ms | %.3f ms | %s | %s | %.0f ms |%n", base,
                        java, first, second, warm, ratio(first, warm), ratio(first, second),
                        medianOf(cold, n, "initNanos", 1e6)));
            }
        }
        return md.toString();
    }

    /**
     * @param cold the harness JSON
     * @return what each variant's deployment carries, Portico's own jars apart from its dependencies
     */
    static String footprintTable(JsonNode cold) {
        StringBuilder md = new StringBuilder("### Deployable size (the jars a function carries; the benchmark app's own "
                + "classes apart)\n\n"
                + "| Deployment | Portico's own jars | dependencies | total | each file |\n|---|---:|---:|---:|---|\n");
        String java = javas(cold).stream().findFirst().orElse(null);
        for (String base : List.of("baseline-get", "portico-get", "portico-typed", "portico-all", "node-get", "node-typed")) {
            JsonNode v = java == null && !base.startsWith("node") ? null : variant(cold, key(base, java));
            if (v == null || !v.path("skipped").isNull() && !v.path("skipped").isMissingNode()) {
                continue;
            }
            long own = 0;
            long deps = 0;
            StringBuilder files = new StringBuilder();
            for (Map.Entry<String, JsonNode> f : v.path("files").properties()) {
                String name = f.getKey();
                long bytes = f.getValue().asLong();
                if (name.startsWith("dev/")) {
                    continue;
                }
                if (name.startsWith("portico-")) {
                    own += bytes;
                } else {
                    deps += bytes;
                }
                files.append(files.length() == 0 ? "" : ", ").append(name).append(' ').append(kb(bytes));
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", base, own == 0 ? "–" : kb(own), kb(deps),
                    kb(own + deps), files));
        }
        return md.toString();
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** Portico's own jars in a variant's deployment, in bytes; NaN when not measured. */
    static double porticoBytes(JsonNode cold, String name) {
        JsonNode v = cold == null ? null : variant(cold, name);
        if (v == null || !v.path("files").isObject()) {
            return Double.NaN;
        }
        long own = 0;
        for (Map.Entry<String, JsonNode> f : v.path("files").properties()) {
            if (f.getKey().startsWith("portico-")) {
                own += f.getValue().asLong();
            }
        }
        return own;
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
        StringBuilder md = new StringBuilder("### Per invocation (JMH sample time at C1, `-XX:TieredStopAtLevel=1`: median, "
                + "p90 in brackets; REST v1 events, 10 routes)\n\n"
                + "| Event | Portico | Hand-written Jackson | × baseline |\n|---|---:|---:|---:|\n");
        for (Variants.Event e : Variants.EVENTS.values()) {
            Map<String, String> p = Map.of("event", e.id());
            double portico = score(jmh, INVOCATION + "portico", p);
            double base = score(jmh, INVOCATION + "baseline", p);
            md.append(String.format(Locale.ROOT, "| %s | %.0f ns (%.0f) | %.0f ns (%.0f) | %s |%n", e.title(), portico,
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
        StringBuilder md = new StringBuilder("### Targets (issue 12; ratios of medians in one run)\n\n");
        for (String java : javas(cold)) {
            String j = ", Java " + java;
            target(md, "GET ≤ 0.62× the readTree baseline" + j,
                    wallMs(cold, key("portico-get", java)) / wallMs(cold, key("baseline-get", java)), 0.62);
            target(md, "POST with a record body ≤ 0.75× the record-reading baseline" + j,
                    wallMs(cold, key("portico-post", java)) / wallMs(cold, key("baseline-post", java)), 0.75);
            target(md, "POST with a record body ≤ 1.0× Powertools TS on Node" + j,
                    wallMs(cold, key("portico-post", java)) / wallMs(cold, "node-post"), 1.0);
            target(md, "Typed validated POST ≤ 0.90× the record-reading baseline" + j,
                    wallMs(cold, key("portico-typed", java)) / wallMs(cold, key("baseline-typed", java)), 0.90);
            target(md, "1,000 routes ≤ 1.1× the cold start of 10 routes (GET)" + j,
                    wallMs(cold, key("portico-get-1000", java)) / wallMs(cold, key("portico-get", java)), 1.1);
            for (String primed : List.of("portico-post-primed", "portico-typed-primed")) {
                String n = key(primed, java);
                target(md, "With prime(), 1st invocation ≤ 1.5× a warm one, " + primed + j,
                        medianOf(cold, n, "firstNanos", 1) / medianOf(cold, n, "warmNanos", 1), 1.5);
            }
        }
        for (Variants.Event e : Variants.EVENTS.values()) {
            Map<String, String> p = Map.of("event", e.id());
            target(md, "Per invocation at C1 ≤ 1.1× the baseline, " + e.title(),
                    score(jmh, INVOCATION + "portico", p) / score(jmh, INVOCATION + "baseline", p), 1.1);
        }
        String java = javas(cold).stream().findFirst().orElse("17");
        double own = porticoBytes(cold, key("portico-get", java));
        JsonNode files = cold == null || variant(cold, key("portico-get", java)) == null ? null
                : variant(cold, key("portico-get", java)).path("files");
        StringBuilder jr = new StringBuilder();
        if (files != null) {
            files.properties().forEach(f -> {
                if (f.getKey().startsWith("jackson-jr")) {
                    jr.append("; new dependency ").append(f.getKey()).append(' ').append(kb(f.getValue().asLong()));
                }
            });
        }
        md.append(String.format(Locale.ROOT, "- Deployable (core + one source): Portico's own jars ≤ 150 KB: %s%s (%s)%n",
                Double.isNaN(own) ? "–" : kb((long) own), jr,
                Double.isNaN(own) ? "not measured" : own <= 150 * 1024 ? "met"
                        : String.format(Locale.ROOT, "MISSED by %.0f%%", (own / (150 * 1024) - 1) * 100)));
        double spring = wallMs(cold, key("spring", java));
        if (!Double.isNaN(spring)) {
            double rest = wallMs(cold, key("portico-get", java));
            md.append(String.format(Locale.ROOT, "- Portico ≥ 5× faster than serverless-java-container (GET): %.2f× (%s)%n",
                    spring / rest, spring / rest >= 5 ? "met" : "MISSED"));
        }
        return md.toString();
    }

    /** The three events on each Java: Portico's median against the baseline's and Node's, as a table. */
    private static String firstResponses(JsonNode cold) {
        StringBuilder md = new StringBuilder("| First response (REST v1 event, fresh process) | Java | Portico "
                + "| hand-written Jackson handler | × | Powertools TypeScript on Node | × |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Variants.Event e : Variants.EVENTS.values()) {
            for (String java : javas(cold)) {
                double p = wallMs(cold, key("portico-" + e.id(), java));
                double b = wallMs(cold, key("baseline-" + e.id(), java));
                double n = wallMs(cold, "node-" + e.id());
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", e.title(), java, ms(p), ms(b),
                        ratio(p, b), ms(n), ratio(p, n)));
            }
        }
        return md.toString();
    }

    /**
     * @param cold the harness JSON
     * @param jmh the JMH results, or {@code null}
     * @return the table for the README's Performance section
     */
    static String readmeTable(JsonNode cold, JsonNode jmh) {
        StringBuilder md = new StringBuilder("### For the README's Performance section\n\n").append(firstResponses(cold));
        if (jmh != null) {
            md.append("\nPer warm invocation at C1 (JMH), Portico against the hand-written handler: ");
            List<String> parts = new ArrayList<>();
            for (Variants.Event e : Variants.EVENTS.values()) {
                Map<String, String> p = Map.of("event", e.id());
                parts.add(e.id() + " " + ratio(score(jmh, INVOCATION + "portico", p), score(jmh, INVOCATION + "baseline", p)));
            }
            md.append(String.join(", ", parts)).append(".\n");
        }
        return md.toString();
    }

    /** One at-most target: the value, then met, or missed and by how much. */
    private static void target(StringBuilder md, String what, double value, double limit) {
        String verdict = Double.isNaN(value) ? "not measured" : value <= limit ? "met"
                : value < 2 * limit ? String.format(Locale.ROOT, "MISSED by %.1f%%: %.3f× against %.2f×",
                        (value / limit - 1) * 100, value, limit)
                : String.format(Locale.ROOT, "MISSED, %.0f times the %.2f× allowed", value / limit, limit);
        md.append(String.format(Locale.ROOT, "- %s: %s (%s)%n", what,
                Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value), verdict));
    }

    /**
     * Where the time goes: each Portico variant's class-load profile (classes and the time charged to
     * them, by jar and by package) next to its baseline's.
     *
     * @param profile what {@link ClassLoadProfile} wrote
     * @return the tables
     */
    static String whereTimeGoes(JsonNode profile) {
        StringBuilder md = new StringBuilder("### Where the time goes up to the first response (class-load profile)\n\n"
                + "Each class is charged the time since the class loaded before it: loading it and the code that ran up to "
                + "it. A rough attribution from one `-Xlog:class+load` run; the largest items are where time goes.\n\n"
                + "| Variant | to response | by origin (classes, ms) | largest packages (classes, ms) |\n|---|---:|---|---|\n");
        for (Map.Entry<String, JsonNode> e : profile.properties()) {
            if (e.getKey().startsWith("jvm-hello")) {
                continue;
            }
            List<Map.Entry<String, JsonNode>> groups = new ArrayList<>();
            e.getValue().path("groups").properties().forEach(groups::add);
            groups.sort((x, y) -> Double.compare(y.getValue().path("ms").asDouble(), x.getValue().path("ms").asDouble()));
            StringBuilder g = new StringBuilder();
            for (Map.Entry<String, JsonNode> x : groups.subList(0, Math.min(6, groups.size()))) {
                g.append(g.length() == 0 ? "" : ", ").append(x.getKey()).append(String.format(Locale.ROOT, " (%d, %.0f)",
                        x.getValue().path("count").asInt(), x.getValue().path("ms").asDouble()));
            }
            List<JsonNode> packages = new ArrayList<>();
            e.getValue().path("packages").forEach(packages::add);
            packages.sort((x, y) -> Double.compare(y.path("ms").asDouble(), x.path("ms").asDouble()));
            StringBuilder p = new StringBuilder();
            for (JsonNode x : packages.subList(0, Math.min(6, packages.size()))) {
                p.append(p.length() == 0 ? "" : ", ").append('`').append(x.path("package").asText()).append('`')
                        .append(String.format(Locale.ROOT, " (%d, %.0f)", x.path("count").asInt(), x.path("ms").asDouble()));
            }
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %s | %s |%n", e.getKey(),
                    e.getValue().path("respondedMs").asDouble(), g, p));
        }
        return md.toString();
    }
}
