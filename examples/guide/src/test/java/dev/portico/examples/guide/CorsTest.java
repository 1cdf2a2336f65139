package dev.portico.examples.guide;

import static dev.portico.examples.guide.Wire.assertMatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.UnauthorizedError;
import dev.portico.feature.cors.CorsConfig;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/guide/cors.md. */
class CorsTest {
    private final PorticoClient client = PorticoClient.of(Cors.app());

    @Test
    void anAllowedOriginGetsTheHeaders() {
        assertMatches("cors/get.json", client.get("/todos").header("Origin", "https://www.example.com").send().raw());
        assertEquals("https://dev.example.com",
                client.get("/todos").header("Origin", "https://dev.example.com").send().header("Access-Control-Allow-Origin"));
    }

    @Test
    void otherOriginsAndOptedOutRoutesGetNone() {
        TestResponse other = client.get("/todos").header("Origin", "https://evil.example.org").send();
        assertEquals(200, other.status());
        assertNull(other.header("Access-Control-Allow-Origin"));
        assertNull(client.get("/healthcheck").header("Origin", "https://www.example.com").send()
                .header("Access-Control-Allow-Origin"));
    }

    @Test
    void preflightRequestsAreAnswered() {
        assertMatches("cors/preflight.json", client.options("/todos")
                .header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "POST")
                .send().raw());
    }

    @Test
    void errorsCarryTheHeadersToo() {
        TestResponse r = client.get("/nowhere").header("Origin", "https://www.example.com").send();
        assertEquals(404, r.status());
        assertEquals("https://www.example.com", r.header("Access-Control-Allow-Origin"));
    }

    @Test
    void theDefaults() {
        CorsConfig d = CorsConfig.defaults();
        assertEquals("*", d.allowOrigin());
        assertEquals(List.of(), d.extraOrigins());
        assertEquals(List.of("Authorization", "Content-Type", "X-Amz-Date", "X-Amz-Security-Token", "X-Api-Key"),
                d.allowHeaders());
        assertEquals(List.of(), d.exposeHeaders());
        assertEquals(Optional.empty(), d.maxAge());
        assertEquals(false, d.allowCredentials());
        TestResponse r = PorticoClient.of(Cors.defaults()).get("/todos").header("Origin", "https://any.example.net").send();
        assertEquals("https://any.example.net", r.header("Access-Control-Allow-Origin"), "the origin, never *");
        assertEquals("Origin", r.header("Vary"));
    }

    @Test
    void preflightsSkipTheApplicationsMiddlewares() {
        var app = ApiGatewayRestResolver.builder();
        app.configure(CorsConfig.builder().allowOrigin("https://www.example.com").build());
        app.use((request, next) -> {
            throw new UnauthorizedError("Unauthorized");
        });
        app.get("/todos", request -> Todos.SAMPLE);
        PorticoClient guarded = PorticoClient.of(app.build());
        TestResponse preflight = guarded.options("/todos").header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "GET").send();
        assertEquals(204, preflight.status());
        assertEquals("GET,OPTIONS", preflight.header("Access-Control-Allow-Methods"));
        assertEquals(401, guarded.get("/todos").header("Origin", "https://www.example.com").send().status());
    }

    @Test
    void debugModeAllowsEveryOriginWithoutConfiguration() {
        var app = ApiGatewayRestResolver.builder().debug(true);
        app.get("/todos", request -> Todos.SAMPLE);
        assertEquals("http://localhost:3000", PorticoClient.of(app.build()).get("/todos")
                .header("Origin", "http://localhost:3000").send().header("Access-Control-Allow-Origin"));
        var off = ApiGatewayRestResolver.builder().debug(false);
        off.get("/todos", request -> Todos.SAMPLE);
        assertNull(PorticoClient.of(off.build()).get("/todos").header("Origin", "http://localhost:3000").send()
                .header("Access-Control-Allow-Origin"), "CORS is off until configured");
    }

    @Test
    void credentialsNeedNamedOrigins() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CorsConfig.builder().allowCredentials(true).build());
        assertTrue(e.getMessage().startsWith("CORS allowCredentials(true) cannot be combined with the wildcard origin"),
                e.getMessage());
    }
}
