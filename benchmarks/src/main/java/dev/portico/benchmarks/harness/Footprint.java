package dev.portico.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The size of what a deployment carries: jars as they are, folders as the sum of their files. */
public final class Footprint {

    private Footprint() {
    }

    /**
     * @param files jars, class folders, {@code node_modules}...
     * @return their size in bytes
     */
    public static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            total += bytes(file);
        }
        return total;
    }

    /**
     * @param files jars, class folders, {@code node_modules}...
     * @return each one's size in bytes, by file name (a class folder by its path under {@code classes/})
     */
    public static java.util.Map<String, Long> files(List<Path> files) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String path = file.toString().replace('\\', '/');
            int classes = path.indexOf("/classes/");
            out.merge(classes >= 0 ? path.substring(classes + 9) : name, bytes(file), Long::sum);
        }
        return out;
    }

    private static long bytes(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist");
        }
        if (!Files.isDirectory(file)) {
            return size(file);
        }
        try (Stream<Path> walk = Files.walk(file)) {
            return walk.filter(Files::isRegularFile).mapToLong(Footprint::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
