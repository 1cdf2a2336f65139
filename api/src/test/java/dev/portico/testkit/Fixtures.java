package dev.portico.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared fixtures folder named by the {@code portico.fixtures} system property; tests skip without it. */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the sub-folder, skipping the calling test when the property is unset or the folder is missing */
    public static Path folder(String name) {
        String root = System.getProperty("portico.fixtures", "");
        assumeTrue(!root.isBlank(), "portico.fixtures is not set");
        Path dir = Path.of(root, name);
        assumeTrue(Files.isDirectory(dir), dir + " is missing");
        return dir;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
