package dev.portico.testing.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.testing.EventFormat;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Core's {@code FirstPostClassLoadingTest.aFirstGetSpinsNoClassForPortico} for every built-in source,
 * through its own resolver: in a fresh JVM, building the application and answering a first GET (headers,
 * query and cookies read) runs no lambda or method reference of Portico, each of which would spin a
 * class at run time (cold start), and builds no typed AWS event nobody asked for. The application's
 * own lambdas and the test kit's ({@code dev.portico.testing}, which writes the event) are not counted.
 */
class FirstGetEverySourceTest {

    /** The {@code -verbose:class} lines and output of {@link FirstGetMain} run in a fresh JVM. */
    private static List<String> run(EventFormat format) throws Exception {
        List<String> path = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-verbose:class", "-cp",
                String.join(File.pathSeparator, path), FirstGetMain.class.getName(), format.name())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void aFirstGetSpinsNoClassForPortico(EventFormat format) throws Exception {
        List<String> lines = run(format);
        String response = lines.stream().filter(l -> l.startsWith("RESPONSE ")).findFirst().orElse("none: " + lines);
        assertTrue(response.contains("200"), response);
        assertTrue(response.contains("{\\\"id\\\":42,\\\"title\\\":\\\"W\\\",\\\"done\\\":\\\"no\\\",\\\"tag\\\":\\\"a\\\"}"),
                response);
        List<String> spun = lines.stream().filter(l -> l.contains("$$Lambda"))
                .filter(l -> l.contains("] dev.portico.") || l.contains("] java.util.function."))
                .filter(l -> !l.contains("] dev.portico.testing."))
                .toList();
        assertEquals(List.of(), spun);
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("RESPONSE"))
                .filter(l -> l.matches(".*\\] com\\.amazonaws\\.services\\.lambda\\.runtime\\.events\\.[A-Za-z]+ .*"))
                .toList(), "typed AWS events loaded");
    }
}
