package dev.portico.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The benchmark module's runtime dependencies, read from {@code target/dependencies.txt}, which
 * {@code maven-dependency-plugin:list} writes with absolute file names at {@code generate-resources},
 * and their graph from {@code target/dependencies.tgf} ({@code dependency:tree}, trivial graph
 * format), so that a variant's class path is the closure of the modules it deploys. Keys are
 * {@code groupId:artifactId}.
 */
public final class Dependencies {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private final Map<String, Path> files;
    /** Each dependency's own dependencies as the resolved tree places them (each once, nearest wins). */
    private final Map<String, List<String>> edges;

    private Dependencies(Map<String, Path> files, Map<String, List<String>> edges) {
        this.files = files;
        this.edges = edges;
    }

    /**
     * @param listFile the file {@code dependency:list} wrote
     * @return the dependencies
     * @throws IllegalStateException when the file is missing (the module was not built)
     */
    public static Dependencies read(Path listFile) {
        if (!Files.isRegularFile(listFile)) {
            throw new IllegalStateException(listFile + " is missing: build the benchmarks module first (benchmarks/run.sh does)");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            for (String raw : Files.readAllLines(listFile)) {
                String line = ANSI.matcher(raw).replaceAll("").trim();
                int module = line.indexOf(" -- module");
                if (module >= 0) {
                    line = line.substring(0, module).trim();
                }
                String[] parts = line.split(":", 6);
                if (parts.length == 6 && parts[5].startsWith("/")) {
                    files.put(parts[0] + ":" + parts[1], Path.of(parts[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dependencies(files, readGraph(listFile.resolveSibling("dependencies.tgf")));
    }

    /** Reads {@code id group:artifact:type:version[:scope]} lines, {@code #}, then {@code from to scope} lines. */
    private static Map<String, List<String>> readGraph(Path tgf) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        if (!Files.isRegularFile(tgf)) {
            return edges;
        }
        Map<String, String> ids = new java.util.HashMap<>();
        boolean nodes = true;
        try {
            for (String raw : Files.readAllLines(tgf)) {
                String line = raw.trim();
                if (line.equals("#")) {
                    nodes = false;
                    continue;
                }
                String[] parts = line.split(" ");
                if (nodes && parts.length >= 2) {
                    String[] coordinates = parts[1].split(":");
                    ids.put(parts[0], coordinates[0] + ":" + coordinates[1]);
                } else if (!nodes && parts.length >= 2 && ids.containsKey(parts[0]) && ids.containsKey(parts[1])) {
                    edges.computeIfAbsent(ids.get(parts[0]), k -> new ArrayList<>()).add(ids.get(parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edges;
    }

    /**
     * The files of some dependencies and of everything they depend on, as the resolved tree places it.
     * Maven's tree lists a shared dependency once, under the nearest path, so the roots must include
     * the benchmark module's direct dependencies a deployment needs (Jackson, aws-lambda-java-core).
     *
     * @param roots {@code groupId:artifactId} of what the deployment declares
     * @return their files and their dependencies' files, in the order of {@code dependencies.txt}
     * @throws IllegalStateException when a root is not a dependency
     */
    public List<Path> closure(List<String> roots) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (!files.containsKey(key)) {
                throw new IllegalStateException(key + " is not among the benchmark dependencies " + files.keySet());
            }
            if (keys.add(key)) {
                todo.addAll(edges.getOrDefault(key, List.of()));
            }
        }
        List<Path> out = new ArrayList<>();
        files.forEach((key, file) -> {
            if (keys.contains(key)) {
                out.add(file);
            }
        });
        return out;
    }

    /**
     * @param key {@code groupId:artifactId}
     * @return whether the module depends on it
     */
    public boolean has(String key) {
        return files.containsKey(key);
    }

    /**
     * @param keys {@code groupId:artifactId} of each file wanted
     * @return their files, in the order asked
     * @throws IllegalStateException when one is not a dependency
     */
    public List<Path> select(List<String> keys) {
        List<Path> out = new ArrayList<>();
        for (String key : keys) {
            Path file = files.get(key);
            if (file == null) {
                throw new IllegalStateException(key + " is not among the benchmark dependencies " + files.keySet());
            }
            out.add(file);
        }
        return out;
    }

    /**
     * @param excluded {@code groupId:artifactId} of dependencies to leave out
     * @return every other dependency's file
     */
    public List<Path> allExcept(List<String> excluded) {
        List<Path> out = new ArrayList<>();
        files.forEach((key, file) -> {
            if (!excluded.contains(key)) {
                out.add(file);
            }
        });
        return out;
    }
}
