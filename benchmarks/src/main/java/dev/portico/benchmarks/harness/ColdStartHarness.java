package dev.portico.benchmarks.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold starts: for each run, one fresh process per variant (variants interleaved, so drift in the
 * machine's speed spreads over all of them, and each Portico variant is measured next to its
 * baseline and Node), each loading its handler and answering one API Gateway REST event. One
 * discarded warm-up round first fills the file cache.
 *
 * <p>Usage: {@code ColdStartHarness [--runs 20] [--variants a,b] [--java /path/java,/other/java]
 * [--jvm-opts "..."] [--bench-dir dir] [--out file.json] [--no-warmup]}; every JVM variant runs once per
 * {@code java} executable (default: the running one). Prints the table and writes the samples as JSON.
 */
public final class ColdStartHarness {
    private static final long TIMEOUT_SECONDS = 300;

    /**
     * A variant's samples.
     *
     * @param variant the variant
     * @param samples one per run; empty when skipped
     * @param footprintBytes what its deployment carries, in bytes
     * @param files each file or folder of the deployment by name, in bytes
     */
    public record Result(Variant variant, List<Sample> samples, long footprintBytes, Map<String, Long> files) {
    }

    private ColdStartHarness() {
    }

    /**
     * Measures.
     *
     * @param variants the variants
     * @param runs fresh processes per variant
     * @param warmup whether to run a discarded round first
     * @param scratch a folder for process output
     * @param log where progress goes
     * @return the results, in the order of the variants
     */
    public static List<Result> run(List<Variant> variants, int runs, boolean warmup, Path scratch, PrintStream log) {
        Map<Variant, List<Sample>> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v, new ArrayList<>()));
        for (int round = warmup ? -1 : 0; round < runs; round++) {
            for (Variant v : variants) {
                if (v.skipped() != null) {
                    continue;
                }
                Sample s = Sample.parse(Processes.run(v.command(), v.directory(), scratch, TIMEOUT_SECONDS), v.expected());
                log.printf("%s %-20s %8.1f ms wall %8.1f ms cpu%n", round < 0 ? "warm-up" : "run " + (round + 1) + "/" + runs,
                        v.name(), s.wallNanos() / 1e6, s.cpuNanos() / 1e6);
                if (round >= 0) {
                    samples.get(v).add(s);
                }
            }
        }
        List<Result> out = new ArrayList<>();
        samples.forEach((v, list) -> out.add(v.skipped() == null
                ? new Result(v, list, Footprint.bytes(v.deployable()), Footprint.files(v.deployable()))
                : new Result(v, list, 0, Map.of())));
        return out;
    }

    /**
     * Writes results as the JSON {@link Report} reads.
     *
     * @param file where
     * @param results the results
     * @param runs runs per variant
     * @param jvmOptions the JVM options used
     * @param load the load averages before and after the runs, as {@link #loadAverage()} gives them
     * @param javas the {@code java} executables
     */
    public static void write(Path file, List<Result> results, int runs, List<String> jvmOptions, String load,
                             List<String> javas) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", String.join("; ", javas.stream().map(j -> Processes.version(j, "-version")).toList()));
        root.put("node", Processes.version("node", "--version"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        root.put("runs", runs);
        root.put("loadAverage", load);
        jvmOptions.forEach(root.putArray("jvmOptions")::add);
        ArrayNode list = root.putArray("variants");
        for (Result r : results) {
            ObjectNode v = list.addObject();
            v.put("name", r.variant().name());
            v.put("label", r.variant().label());
            v.put("impl", r.variant().impl());
            v.put("event", r.variant().event());
            v.put("runtime", r.variant().runtime());
            v.put("skipped", r.variant().skipped());
            v.put("footprintBytes", r.footprintBytes());
            ObjectNode files = v.putObject("files");
            r.files().forEach(files::put);
            ArrayNode wall = v.putArray("wallNanos");
            ArrayNode start = v.putArray("startNanos");
            ArrayNode init = v.putArray("initNanos");
            ArrayNode first = v.putArray("firstNanos");
            ArrayNode cpu = v.putArray("cpuNanos");
            ArrayNode heap = v.putArray("heapBytes");
            ArrayNode classes = v.putArray("classes");
            ArrayNode second = v.putArray("secondNanos");
            ArrayNode warm = v.putArray("warmNanos");
            for (Sample s : r.samples()) {
                wall.add(s.wallNanos());
                start.add(s.startNanos());
                init.add(s.initNanos());
                first.add(s.firstNanos());
                cpu.add(s.cpuNanos());
                heap.add(s.heapBytes());
                classes.add(s.classes());
                second.add(s.secondNanos());
                warm.add(s.warmNanos());
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or {@code ?}: a busy
     *     machine spoils cold-start figures, so the results say how busy it was
     */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        Args a = new Args(args);
        Path benchDir = Path.of(a.get("--bench-dir", ".")).toAbsolutePath().normalize();
        int runs = Integer.parseInt(a.get("--runs", "20"));
        List<String> jvmOptions = a.has("--jvm-opts")
                ? Arrays.asList(a.get("--jvm-opts", "").trim().split("\\s+")) : Variants.DEFAULT_JVM_OPTIONS;
        List<String> names = Arrays.asList(a.get("--variants", String.join(",", Variants.DEFAULT)).split(","));
        List<String> javas = Arrays.asList(a.get("--java", Variants.currentJava()).split(","));
        Path out = Path.of(a.get("--out", benchDir.resolve("results/coldstart.json").toString()));
        List<Variant> variants = Variants.create(benchDir, javas, jvmOptions, names);
        String before = loadAverage();
        List<Result> results = run(variants, runs, !a.has("--no-warmup"), benchDir.resolve("target/coldstart-scratch"),
                System.err);
        write(out, results, runs, jvmOptions, before + " before, " + loadAverage() + " after", javas);
        System.out.println(Report.coldStartTable(Report.readJson(out)));
    }
}
