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
 * {@code maven-dependency-plugin:list} writes with absolute file names at {@code generate-resources}.
 * Keys are {@code groupId:artifactId}.
 */
public final class Dependencies {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private final Map<String, Path> files;

    private Dependencies(Map<String, Path> files) {
        this.files = files;
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
        return new Dependencies(files);
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
