package dev.portico.benchmarks.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which classes each Java variant loads up to its first response: one extra cold start per variant
 * with {@code -Xlog:class+load} and the launcher's {@code --lean} mode (it exits right after the
 * response, loading no management classes). Classes are grouped by where they came from (the CDS
 * archive, the JDK image, each jar, or generated at run time: lambdas, method handles, reflection
 * accessors) and counted by package; each class is also charged the time since the class before it
 * ({@code ms}: loading it and whatever ran up to it, a rough attribution of where the time goes).
 * Counting stops at the launcher's {@code Responded} marker class.
 *
 * <p>Usage: {@code ClassLoadProfile [--variants a,b] [--java /path/java] [--jvm-opts "..."] [--bench-dir dir] [--out dir]};
 * writes {@code classload.json} and {@code classload-<variant>.log} into the output folder.
 */
public final class ClassLoadProfile {
    /** Loaded right after the response: the profile ends there. */
    private static final String RESPONDED = "dev.portico.benchmarks.launch.Responded";

    private ClassLoadProfile() {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        Args a = new Args(args);
        Path benchDir = Path.of(a.get("--bench-dir", ".")).toAbsolutePath().normalize();
        Path out = Path.of(a.get("--out", benchDir.resolve("results").toString())).toAbsolutePath();
        List<String> jvmOptions = a.has("--jvm-opts")
                ? Arrays.asList(a.get("--jvm-opts", "").trim().split("\\s+")) : Variants.DEFAULT_JVM_OPTIONS;
        List<String> names = Arrays.asList(a.get("--variants", String.join(",", Variants.DEFAULT)).split(","));
        List<String> javas = Arrays.asList(a.get("--java", Variants.currentJava()).split(","));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        for (Variant v : Variants.create(benchDir, javas, jvmOptions, names)) {
            if (v.skipped() != null || !v.java()) {
                continue;
            }
            Path log = out.resolve("classload-" + v.name() + ".log");
            delete(log);
            delete(Path.of(log + ".0"));
            List<String> command = new ArrayList<>(v.command());
            command.add(1, "-Xlog:class+load:file=" + log);
            command.add("--lean");
            Sample.parse(Processes.run(command, v.directory(), benchDir.resolve("target/coldstart-scratch"), 300), v.expected());
            root.set(v.name(), profile(log, mapper));
            System.err.println("profiled " + v.name() + ": " + root.path(v.name()).path("total").asInt() + " classes");
        }
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(out.resolve("classload.json").toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(Report.classLoadTable(root));
    }

    private static void delete(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one {@code -Xlog:class+load} file.
     *
     * @param log the file
     * @param mapper for the JSON
     * @return {@code total}, {@code groups} (count, first and last uptime in ms) and {@code packages}
     */
    static ObjectNode profile(Path log, ObjectMapper mapper) {
        Map<String, double[]> groups = new LinkedHashMap<>();
        Map<String, Integer> packages = new TreeMap<>();
        Map<String, Double> packageMs = new java.util.HashMap<>();
        int total = 0;
        double respondedMs = -1;
        double previous = -1;
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            int tag = line.indexOf("[class,load] ");
            int src = line.indexOf(" source: ");
            if (tag < 0 || src < 0) {
                continue;
            }
            double ms = Double.parseDouble(line.substring(1, line.indexOf("s]"))) * 1000;
            String name = line.substring(tag + 13, src);
            if (name.equals(RESPONDED)) {
                respondedMs = ms;
                break;
            }
            String group = group(line.substring(src + 9));
            double[] g = groups.computeIfAbsent(group, k -> new double[] {0, ms, ms, 0});
            g[0]++;
            g[2] = ms;
            // The time since the previous class load is charged to this one: loading, linking and the
            // code that ran up to it (static initializers, the work that needed it). A rough attribution.
            double gap = previous < 0 ? 0 : ms - previous;
            previous = ms;
            g[3] += gap;
            int dot = name.lastIndexOf('.');
            String pkg = (dot < 0 ? "" : name.substring(0, dot)) + " [" + shortGroup(group) + "]";
            packages.merge(pkg, 1, Integer::sum);
            packageMs.merge(pkg, gap, Double::sum);
            total++;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("total", total);
        node.put("respondedMs", respondedMs);
        ObjectNode g = node.putObject("groups");
        groups.forEach((k, v) -> g.putObject(k).put("count", (int) v[0]).put("firstMs", v[1]).put("lastMs", v[2])
                .put("ms", Math.round(v[3] * 10) / 10.0));
        ArrayNode p = node.putArray("packages");
        packages.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> p.addObject().put("package", e.getKey()).put("count", e.getValue())
                        .put("ms", Math.round(packageMs.get(e.getKey()) * 10) / 10.0));
        return node;
    }

    private static String group(String source) {
        if (source.startsWith("shared objects file")) {
            return "jdk-cds";
        }
        if (source.startsWith("jrt:/")) {
            return "jdk";
        }
        if (source.startsWith("file:")) {
            String path = source.substring(5);
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String file = path.substring(path.lastIndexOf('/') + 1);
            return "classes".equals(file) ? "app-classes" : file;
        }
        return "generated";
    }

    private static String shortGroup(String group) {
        return group.startsWith("jdk") || group.equals("generated") || group.equals("app-classes") ? group : "jar";
    }
}
