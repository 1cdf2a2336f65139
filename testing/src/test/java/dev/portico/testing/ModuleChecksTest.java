package dev.portico.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModuleChecks} on a small module compiled here: {@code sample.greeter} provides
 * {@code Greeter} with {@code English} and {@code French}, and {@code Counter} with {@code Simple}.
 */
class ModuleChecksTest {
    private static final String GREETER = "sample.greeter.Greeter";
    private static final String COUNTER = "sample.greeter.Counter";

    @TempDir
    static Path work;
    static Path classes;

    @BeforeAll
    static void compileSampleModule() throws IOException {
        Path src = work.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("sample/greeter"));
        write(src.resolve("module-info.java"), "module sample.greeter { exports sample.greeter;"
                + " provides sample.greeter.Greeter with sample.greeter.English, sample.greeter.French;"
                + " provides sample.greeter.Counter with sample.greeter.Simple; }");
        write(pkg.resolve("Greeter.java"), "package sample.greeter; public interface Greeter { String greet(); }");
        write(pkg.resolve("Counter.java"), "package sample.greeter; public interface Counter { int count(); }");
        write(pkg.resolve("English.java"), "package sample.greeter; public class English implements Greeter {"
                + " public String greet() { return \"hello\"; } }");
        write(pkg.resolve("French.java"), "package sample.greeter; public class French implements Greeter {"
                + " public String greet() { return \"bonjour\"; } }");
        write(pkg.resolve("Simple.java"), "package sample.greeter; public class Simple implements Counter {"
                + " public int count() { return 1; } }");
        classes = work.resolve("classes");
        List<String> args;
        try (Stream<Path> files = Files.walk(src)) {
            args = Stream.concat(Stream.of("-d", classes.toString()),
                    files.filter(p -> p.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        StringWriter log = new StringWriter();
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int rc = javac.run(new PrintWriter(log), new PrintWriter(log), args.toArray(String[]::new));
        assertEquals(0, rc, log::toString);
        assertTrue(Files.isRegularFile(classes.resolve("module-info.class")));
    }

    /** Starts each test with the good layout: one file per service, entries in another order, a comment. */
    @BeforeEach
    void goodServiceFiles() throws IOException {
        Path services = classes.resolve("META-INF/services");
        if (Files.exists(services)) {
            try (Stream<Path> files = Files.walk(services)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(services);
        write(services.resolve(GREETER), "# greeters\nsample.greeter.French\n\n  sample.greeter.English  # default\n");
        write(services.resolve(COUNTER), "sample.greeter.Simple\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String failure() {
        return assertThrows(AssertionError.class, () -> ModuleChecks.assertServicesAgree(classes)).getMessage();
    }

    @Test
    void agreeingListsPass() {
        assertDoesNotThrow(() -> ModuleChecks.assertServicesAgree(classes));
    }

    @Test
    void aMissingServiceFileIsNamed() throws IOException {
        Files.delete(classes.resolve("META-INF/services/" + COUNTER));
        String m = failure();
        assertTrue(m.contains("module-info.class of sample.greeter and META-INF/services"), m);
        assertTrue(m.contains("module-info provides sample.greeter.Counter with [sample.greeter.Simple]"
                + " but there is no file META-INF/services/sample.greeter.Counter"), m);
    }

    @Test
    void anExtraServiceFileIsNamed() throws IOException {
        write(classes.resolve("META-INF/services/sample.greeter.Other"), "sample.greeter.Simple\n");
        String m = failure();
        assertTrue(m.contains("META-INF/services/sample.greeter.Other lists [sample.greeter.Simple]"
                + " but module-info has no 'provides sample.greeter.Other'"), m);
    }

    @Test
    void anEntryMissingFromTheFileIsNamed() throws IOException {
        write(classes.resolve("META-INF/services/" + GREETER), "sample.greeter.English\n");
        String m = failure();
        assertTrue(m.contains("META-INF/services/sample.greeter.Greeter is missing sample.greeter.French"
                + " (module-info provides it)"), m);
        assertFalse(m.contains("English"), m);
    }

    @Test
    void anEntryMissingFromModuleInfoIsNamed() throws IOException {
        write(classes.resolve("META-INF/services/" + GREETER),
                "sample.greeter.English\nsample.greeter.French\nsample.greeter.German\n");
        String m = failure();
        assertTrue(m.contains("META-INF/services/sample.greeter.Greeter lists sample.greeter.German"
                + " but module-info does not provide it"), m);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Files.delete(classes.resolve("META-INF/services/" + COUNTER));
        write(classes.resolve("META-INF/services/" + GREETER), "sample.greeter.German\n");
        String[] lines = failure().split("\n");
        assertEquals(5, lines.length, String.join("\n", lines));
    }

    @Test
    void noServicesDirectoryMeansEveryProvidesIsMissing() throws IOException {
        Files.delete(classes.resolve("META-INF/services/" + COUNTER));
        Files.delete(classes.resolve("META-INF/services/" + GREETER));
        Files.delete(classes.resolve("META-INF/services"));
        String m = failure();
        assertTrue(m.contains("there is no file META-INF/services/sample.greeter.Counter"), m);
        assertTrue(m.contains("there is no file META-INF/services/sample.greeter.Greeter"), m);
    }

    @Test
    void aDirectoryWithoutModuleInfoFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ModuleChecks.assertServicesAgree(work.resolve("src")));
        assertTrue(e.getMessage().startsWith("No module-info.class in "), e.getMessage());
    }

    @Test
    void thisModuleIsLoadedTheWayTheBuildSays() {
        ModuleChecks.assertLoadedAsExpected(ModuleChecks.class);
        String path = System.getProperty(ModuleChecks.PATH_PROPERTY);
        if (path != null) {
            assertEquals("module".equals(path), ModuleChecks.class.getModule().isNamed());
        }
    }

    @Test
    void theOtherPathFails() throws Exception {
        String saved = System.getProperty(ModuleChecks.PATH_PROPERTY);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Class<?> unnamed = loader.loadClass("sample.greeter.English");
            System.setProperty(ModuleChecks.PATH_PROPERTY, "module");
            AssertionError e = assertThrows(AssertionError.class, () -> ModuleChecks.assertLoadedAsExpected(unnamed));
            assertTrue(e.getMessage().contains("sample.greeter.English should be loaded from the module path"), e.getMessage());
            ModuleChecks.assertLoadedAsExpected(String.class);

            System.setProperty(ModuleChecks.PATH_PROPERTY, "class");
            e = assertThrows(AssertionError.class, () -> ModuleChecks.assertLoadedAsExpected(String.class));
            assertTrue(e.getMessage().endsWith("but is in module java.base"), e.getMessage());
            ModuleChecks.assertLoadedAsExpected(unnamed);

            System.setProperty(ModuleChecks.PATH_PROPERTY, "modules");
            assertThrows(AssertionError.class, () -> ModuleChecks.assertLoadedAsExpected(String.class));
            System.clearProperty(ModuleChecks.PATH_PROPERTY);
            ModuleChecks.assertLoadedAsExpected(String.class);
            ModuleChecks.assertLoadedAsExpected(unnamed);
        } finally {
            if (saved == null) {
                System.clearProperty(ModuleChecks.PATH_PROPERTY);
            } else {
                System.setProperty(ModuleChecks.PATH_PROPERTY, saved);
            }
        }
    }

    @Test
    void thisModuleDeclaresNoServiceAndHasNoServiceFiles() {
        ModuleChecks.assertServicesAgree();
    }
}
