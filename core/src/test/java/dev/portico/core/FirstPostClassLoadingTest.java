package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a fresh JVM, a first POST that reads a record and returns it loads no jackson-databind class
 * (the default codec binds with jackson-jr); asking for a {@code JsonNode} does load the mapper.
 */
class FirstPostClassLoadingTest {

    private static List<String> run(String mode) throws Exception {
        List<String> path = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-verbose:class", "-cp",
                String.join(File.pathSeparator, path), FirstPostMain.class.getName(), mode)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    private static long databindClasses(List<String> lines) {
        return lines.stream().filter(l -> l.contains("com.fasterxml.jackson.databind.")
                && !l.startsWith("RESPONSE")).count();
    }

    private static String response(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("RESPONSE ")).findFirst().orElse("none: " + lines);
    }

    /** The response is 200 with the todo of that id, written in component order. */
    private static void assertTodo(List<String> lines, int id) {
        assertTrue(response(lines).contains("\"status\":200"), response(lines));
        assertTrue(response(lines).contains("\"body\":\"{\\\"id\\\":" + id
                + ",\\\"title\\\":\\\"W\u00e9\\\",\\\"done\\\":false,\\\"tags\\\":[\\\"a\\\"]}\""),
                response(lines));
    }

    @Test
    void aFirstPostReadingARecordLoadsNoDatabindClass() throws Exception {
        List<String> lines = run("body");
        assertTodo(lines, 1);
        assertTrue(lines.stream().anyMatch(l -> l.contains("com.fasterxml.jackson.jr.ob.JSON ")), "jackson-jr is used");
        assertEquals(0, databindClasses(lines), () -> String.join("\n", lines.stream()
                .filter(l -> l.contains("jackson.databind.")).limit(20).toList()));
    }

    /** The classes whose names contain any of the fragments. */
    private static List<String> loaded(List<String> lines, String... fragments) {
        return lines.stream().filter(l -> !l.startsWith("RESPONSE"))
                .filter(l -> List.of(fragments).stream().anyMatch(l::contains)).limit(20).toList();
    }

    /**
     * The first POST binds its record from the definition Portico reads from its components: no
     * jackson-jr bean introspection, no annotation parsing through {@code java.lang.reflect.Proxy} (on
     * Java 17 jackson-jr's reflective call of {@code getRecordComponents} made the JDK parse the
     * method's annotations), and no {@code java.time} class loaded only to compare types with.
     */
    @Test
    void aFirstPostBindsItsRecordWithoutIntrospectionOrProxies() throws Exception {
        List<String> lines = run("body");
        assertTodo(lines, 1);
        assertTrue(lines.stream().anyMatch(l -> l.contains("com.fasterxml.jackson.jr.ob.impl.BeanReader ")), "BeanReader");
        assertEquals(List.of(), loaded(lines, "java.lang.reflect.Proxy", "$Proxy", "sun.reflect.annotation.AnnotationParser$",
                "AnnotationInvocationHandler", "com.fasterxml.jackson.jr.ob.impl.BeanPropertyIntrospector",
                "RecordsHelpers$$Lambda", " java.time.OffsetTime ", " java.time.MonthDay ", " java.time.Year "));
    }

    /** A GET returning a record is written straight to jackson-core: neither jackson-jr nor databind loads. */
    @Test
    void aFirstGetReturningARecordLoadsNeitherJacksonJrNorDatabind() throws Exception {
        List<String> lines = run("get");
        assertTodo(lines, 42);
        assertEquals(0, databindClasses(lines));
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("com.fasterxml.jackson.jr.")).limit(5).toList());
    }

    /**
     * Building the application and answering its first GET runs no lambda or method reference of
     * Portico (core, api, the JDK's {@code Function.identity()} behind {@code Resolver.builder()}): each
     * would spin a class at run time, which costs cold start. The application's own lambdas
     * ({@code FirstPostMain}, the test source) are its business, and so are jackson-core's (a
     * {@code Pattern} it compiles; the JDK's CDS archive holds those lambdas).
     */
    @Test
    void aFirstGetSpinsNoClassForPortico() throws Exception {
        List<String> lines = run("get");
        assertTodo(lines, 42);
        List<String> spun = lines.stream().filter(l -> l.contains("$$Lambda"))
                .filter(l -> l.contains("] dev.portico.") || l.contains("] java.util.function."))
                .filter(l -> !l.contains("dev.portico.core.FirstPostMain") && !l.contains("dev.portico.core.Fake"))
                .toList();
        assertEquals(List.of(), spun);
    }

    @Test
    void aJsonTreeStillLoadsTheMapper() throws Exception {
        List<String> lines = run("json");
        assertTrue(response(lines).contains("\"status\":200"), response(lines));
        assertTrue(databindClasses(lines) > 100, "databind classes: " + databindClasses(lines));
    }
}
