package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** docs/guide/advanced.md. */
class AdvancedTest {

    @Test
    void debugModePutsTheStackTraceInThe500() {
        assertTrue(Advanced.debug().debug());
        TestResponse r = PorticoClient.of(Advanced.debug()).get("/todos").send();
        assertEquals(500, r.status());
        assertEquals("text/plain; charset=utf-8", r.header("Content-Type"));
        assertTrue(r.body().startsWith("java.lang.IllegalStateException: the database is down\n\tat "), r.body());
    }

    @Test
    void debugModeIsOffUnlessAskedFor() {
        assertEquals(false, Routing.dynamicRoutes().debug(), "the pom clears POWERTOOLS_DEV for the tests");
    }

    @Test
    void aCustomSerializer() {
        assertMatches("advanced/serializer.json", PorticoClient.of(Advanced.serializer()).get("/tasks/1").send().raw());
    }

    @Test
    void theDefaultSerializerForComparison() {
        var app = dev.portico.core.Resolver.builder();
        app.get("/tasks/1", request -> new Advanced.Task("Buy milk", 15, Advanced.Priority.HIGH));
        assertEquals("{\"title\":\"Buy milk\",\"estimatedMinutes\":15,\"priority\":\"HIGH\"}",
                PorticoClient.of(app.build()).get("/tasks/1").send().body());
    }

    @Test
    void anObjectMapperReadsAndWrites() {
        assertMatches("advanced/object-mapper.json", PorticoClient.of(Advanced.objectMapper()).post("/tasks")
                .jsonBody("{\"title\":\"Buy milk\",\"estimated_minutes\":15,\"priority\":\"LOW\"}").send().raw());
    }

    @Test
    void aMapperOfYourOwnReplacesPorticosJavaTimeSupport() {
        var app = dev.portico.core.Resolver.builder()
                .objectMapper(com.fasterxml.jackson.databind.json.JsonMapper.builder().build());
        app.get("/today", request -> java.util.Map.of("day", java.time.LocalDate.of(2025, 3, 1)));
        assertEquals(500, PorticoClient.of(app.build()).get("/today").send().status(),
                "without jackson-datatype-jsr310, a plain mapper cannot write java.time values");
        var portico = dev.portico.core.Resolver.builder();
        portico.get("/today", request -> java.util.Map.of("day", java.time.LocalDate.of(2025, 3, 1)));
        assertEquals("{\"day\":\"2025-03-01\"}", PorticoClient.of(portico.build()).get("/today").send().body());
    }

    @Test
    void stripPrefixes() {
        PorticoClient client = PorticoClient.of(Advanced.stripPrefixes());
        assertEquals("/subscriptions/7 (the event said /payment/subscriptions/7)",
                client.get("/payment/subscriptions/7").send().body());
        assertEquals("/subscriptions/7 (the event said /subscriptions/7)", client.get("/subscriptions/7").send().body());
        assertEquals(404, client.get("/paymentx/subscriptions/7").send().status());
    }

    @Test
    void stripPatterns() {
        PorticoClient client = PorticoClient.of(Advanced.stripPatterns());
        assertEquals("/subscriptions", client.get("/dev/v1/subscriptions").send().body());
        assertEquals("/subscriptions", client.get("/prod/v22/subscriptions").send().body());
        assertEquals("root", client.get("/prod/v2").send().body());
        assertEquals("root", client.get("/prod/v2/").send().body());
        assertEquals(404, client.get("/test/v1/subscriptions").send().status());
    }

    @Test
    void aPlainMapperRejectsUnknownProperties() {
        TestResponse r = PorticoClient.of(Advanced.objectMapper()).post("/tasks")
                .jsonBody("{\"title\":\"Buy milk\",\"estimated_minutes\":15,\"priority\":\"LOW\",\"color\":\"red\"}").send();
        assertEquals(400, r.status());
        var portico = dev.portico.core.Resolver.builder();
        portico.post("/tasks", request -> request.body(Advanced.Task.class));
        assertEquals(200, PorticoClient.of(portico.build()).post("/tasks")
                .jsonBody("{\"title\":\"Buy milk\",\"estimatedMinutes\":15,\"priority\":\"LOW\",\"color\":\"red\"}")
                .send().status());
    }

    @Test
    void theStrippedPrefixAloneIsTheRoot() {
        var app = dev.portico.core.Resolver.builder().stripPrefixes("/payment");
        app.get("/", request -> "root");
        PorticoClient client = PorticoClient.of(app.build());
        assertEquals("root", client.get("/payment").send().body());
        assertEquals("root", client.get("/payment/").send().body());
    }
}
