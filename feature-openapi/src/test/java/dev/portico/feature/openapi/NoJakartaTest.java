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
 * jakarta.validation-api is optional: without it on the class path, reading constraints of typed
 * routes fails nothing. Runs {@link NoJakartaMain} in a child JVM on this test's class path (and
 * module path, flattened) minus the jar.
 */
class NoJakartaTest {

    @Test
    void typedRoutesWorkWithoutTheJakartaJar() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        int before = entries.size();
        entries.removeIf(e -> Path.of(e).getFileName().toString().startsWith("jakarta.validation-api"));
        assertEquals(before - 1, entries.size(), "the jar was on the test's path: " + entries);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, entries), NoJakartaMain.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("jakarta=false blank=[ ] missing={\"statusCode\":422,\"detail\":[{\"loc\":[\"body\",\"title\"],"
                + "\"type\":\"missing\",\"msg\":\"Field required\"}]}"), out);
    }
}
