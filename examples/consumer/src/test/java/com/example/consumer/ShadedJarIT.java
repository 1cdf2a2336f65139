package com.example.consumer;

import static com.example.consumer.TestEvents.read;
import static com.example.consumer.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.testing.Events;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployable jar, after {@code package}: it holds the Portico modules the pom asked for and no
 * other, its service files are merged, and it answers events on a bare class path, as on Lambda.
 * Run by the {@code shaded-jar-test} execution (phase {@code integration-test}), which passes the
 * jar's path in the system property {@code consumer.jar}.
 */
class ShadedJarIT {
    private static final String HANDLER = "com.example.consumer.ApiHandler";
    private static Path jar;
    private static Set<String> entries;

    @BeforeAll
    static void open() throws IOException {
        String property = System.getProperty("consumer.jar");
        assertTrue(property != null && !property.isEmpty(), "system property consumer.jar is not set");
        jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar + ": run `mvn verify`");
        entries = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(JarEntry::getName).forEach(entries::add);
        }
    }

    private static boolean has(String prefix) {
        return entries.stream().anyMatch(e -> e.startsWith(prefix));
    }

    @Test
    void holdsThePorticoModulesThePomAskedFor() {
        for (String wanted : List.of("dev/portico/api/", "dev/portico/core/", "dev/portico/source/apigw/http/",
                "dev/portico/feature/cors/", "com/example/consumer/webhook/", "com/fasterxml/jackson/core/",
                "com/amazonaws/services/lambda/runtime/")) {
            assertTrue(has(wanted), "missing " + wanted);
        }
    }

    @Test
    void holdsNoOtherPorticoModule() {
        for (String unwanted : List.of("dev/portico/source/alb/", "dev/portico/source/apigw/rest/",
                "dev/portico/source/function/", "dev/portico/source/vpc/", "dev/portico/feature/compress/",
                "dev/portico/feature/openapi/", "dev/portico/testing/", "org/junit/", "com/tngtech/archunit/")) {
            assertFalse(has(unwanted), "the jar should not contain " + unwanted);
        }
        assertFalse(entries.contains("module-info.class"), "a fat jar for the class path has no module descriptor");
    }

    @Test
    void mergesTheEventSourceServiceFiles() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry services = file.getJarEntry("META-INF/services/dev.portico.api.spi.EventSource");
            String text;
            try (InputStream in = file.getInputStream(services)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Set<String> providers = new TreeSet<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            assertEquals(Set.of("com.example.consumer.webhook.BillowWebhookSource",
                    "dev.portico.source.apigw.http.ApiGatewayHttpSource"), providers);
        }
    }

    @Test
    void theSamTemplateDeploysThisJarAndHandler() throws IOException {
        List<String> template = Files.readAllLines(Path.of("template.yaml"));
        assertTrue(template.contains("      CodeUri: target/" + jar.getFileName()), "CodeUri should name " + jar);
        assertTrue(template.contains("      Handler: " + HANDLER + "::handleRequest"));
        assertTrue(entries.contains(HANDLER.replace('.', '/') + ".class"));
    }

    @Test
    void answersBothKindsOfEventsFromTheJarAlone() throws Exception {
        // Parent: the platform loader, so nothing of the test class path is visible, as on Lambda.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type = Class.forName(HANDLER, true, loader);
            Object handler = type.getConstructor().newInstance();
            Method handle = type.getMethod("handleRequest", InputStream.class, OutputStream.class,
                    Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader));

            JsonNode health = invoke(handler, handle, Events.httpApi().method("GET").path("/health").build());
            assertEquals(200, health.path("statusCode").asInt());
            assertEquals(tree("{\"status\":\"ok\"}"), tree(health.path("body").asText()));

            JsonNode webhook = invoke(handler, handle, read("billow-customer-created.json"));
            assertEquals(404, webhook.path("status").asInt());
            assertEquals("evt_1004", webhook.path("eventId").asText());
        }
    }

    private static JsonNode invoke(Object handler, Method handle, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handle.invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return tree(out.toString(StandardCharsets.UTF_8));
    }
}
