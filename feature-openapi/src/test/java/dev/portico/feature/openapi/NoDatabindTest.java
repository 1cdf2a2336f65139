package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A typed app over records loads no jackson-databind class when it is built nor when it answers its
 * first requests, valid or not (issue 12): the shapes are described with {@code java.lang.reflect},
 * the body is read by the one-pass reader and the result written by core's direct writer. Runs
 * {@link NoDatabindMain} in a child JVM with {@code -verbose:class}.
 */
class NoDatabindTest {

    @Test
    void aTypedRecordAppLoadsNoDatabindClass() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", String.join(File.pathSeparator, entries), NoDatabindMain.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("DONE"), out);
        String run = out.substring(0, out.indexOf("DONE"));
        assertTrue(run.contains("OK {\"statusCode\":201,"), run);
        assertTrue(run.contains("\\\"type\\\":\\\"string_too_short\\\""), run);
        List<String> databind = new ArrayList<>();
        for (String line : run.split("\n")) {
            if (line.contains("com.fasterxml.jackson.databind.") || line.contains("com.fasterxml.jackson.annotation.")) {
                databind.add(line.trim());
            }
        }
        assertEquals(List.of(), databind);
    }
}
