package dev.portico.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The deployable Lambda jar (built by the shade plugin in the package phase, and tested right after
 * it): holds the example and only the modules it uses (not the Swagger UI webjar: in Lambda the page
 * loads its files from a CDN), and answers an event on a plain class path the way the Lambda runtime
 * loads it.
 */
class LambdaArtifactTest {
    private static final Path JAR = Path.of(System.getProperty("portico.lambda.jar", "target/missing-lambda.jar"));

    private static Set<String> entries() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the shade plugin builds " + JAR);
        Set<String> out = new TreeSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().forEach(e -> out.add(e.getName()));
        }
        return out;
    }

    private static String text(String entry) throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile()); InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean anyUnder(Set<String> entries, String prefix) {
        return entries.stream().anyMatch(e -> e.startsWith(prefix));
    }

    @Test
    void holdsTheModulesTheExampleUses() throws Exception {
        Set<String> entries = entries();
        for (String needed : List.of("dev/portico/examples/todo/TodoHandler.class",
                "dev/portico/examples/todo/logo.svg", "dev/portico/api/Request.class",
                "dev/portico/core/Resolver.class", "dev/portico/source/apigw/rest/ApiGatewayRestSource.class",
                "dev/portico/feature/cors/CorsFeature.class", "dev/portico/feature/compress/CompressFeature.class",
                "dev/portico/feature/openapi/OpenApiFeature.class", "org/everit/json/schema/Schema.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class",
                "com/amazonaws/services/lambda/runtime/RequestStreamHandler.class")) {
            assertTrue(entries.contains(needed), needed + " is in the jar");
        }
    }

    @Test
    void leavesOutWhatTheExampleDoesNotUse() throws Exception {
        Set<String> entries = entries();
        List<String> present = new ArrayList<>();
        for (String unused : List.of("dev/portico/source/alb/", "dev/portico/source/apigw/http/",
                "dev/portico/source/function/url/", "dev/portico/source/vpc/lattice/", "dev/portico/testing/",
                "org/junit/", "org/opentest4j/", "com/tngtech/", "events/", "META-INF/resources/webjars/")) {
            if (anyUnder(entries, unused)) {
                present.add(unused);
            }
        }
        assertEquals(List.of(), present, "packages that must not be in the Lambda jar");
        assertFalse(entries.contains("module-info.class"), "no module descriptor on Lambda's class path");
    }

    @Test
    void servicesListExactlyThePluginsInTheJar() throws Exception {
        assertEquals(List.of("dev.portico.source.apigw.rest.ApiGatewayRestSource"),
                lines(text("META-INF/services/dev.portico.api.spi.EventSource")));
        assertEquals(List.of("dev.portico.feature.compress.CompressFeature", "dev.portico.feature.cors.CorsFeature",
                "dev.portico.feature.openapi.OpenApiFeature"),
                lines(text("META-INF/services/dev.portico.api.spi.Feature")).stream().sorted().toList());
    }

    @Test
    void answersAnEventOnAPlainClassPath() throws Exception {
        byte[] event;
        try (InputStream in = LambdaArtifactTest.class.getResourceAsStream("/events/create-todo.json")) {
            event = in.readAllBytes();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerClass = loader.loadClass("dev.portico.examples.todo.TodoHandler");
            Object handler = handlerClass.getConstructor().newInstance();
            Method handle = null;
            for (Method m : handlerClass.getMethods()) {
                if (m.getName().equals("handleRequest") && m.getParameterCount() == 3) {
                    handle = m;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handle.invoke(handler, new ByteArrayInputStream(event), (OutputStream) out, null);
            JsonNode response = new ObjectMapper().readTree(out.toByteArray());
            assertEquals(201, response.get("statusCode").asInt());
            assertEquals("{\"id\":1,\"title\":\"Write the docs\",\"completed\":false}", response.get("body").asText());
            assertTrue(handlerClass.getClassLoader() == loader, "the handler came from the Lambda jar");
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }
}
