package dev.portico.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting the measured processes: output to files (no pipes to drain), a time limit, no leftovers. */
public final class Processes {

    private Processes() {
    }

    /**
     * What a finished process left.
     *
     * @param started {@link System#nanoTime()} just before the process was started
     * @param exitCode its exit code
     * @param stdout its standard output
     * @param stderr its standard error
     */
    public record Outcome(long started, int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs a command to its end.
     *
     * @param command the command
     * @param directory its working directory
     * @param scratch a folder for its output files
     * @param timeoutSeconds how long it may take; past that it is killed and this fails
     * @return what it left
     */
    public static Outcome run(List<String> command, Path directory, Path scratch, long timeoutSeconds) {
        try {
            Files.createDirectories(scratch);
            Path out = Files.createTempFile(scratch, "stdout", ".txt");
            Path err = Files.createTempFile(scratch, "stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                long started = System.nanoTime();
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException("Timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
                }
                return new Outcome(started, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * @param command a command printing a version
     * @return its first output line, or {@code ?} when it cannot run
     */
    public static String version(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "?";
            }
            return p.exitValue() == 0 && !text.isEmpty() ? text.lines().findFirst().orElse("?") : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
