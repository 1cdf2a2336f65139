package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Swagger UI route: page, document, OAuth2 redirect, assets, settings and protection. */
class SwaggerUiTest {

    static PorticoClient client(SwaggerUi ui) {
        return PorticoClient.of(app(ui));
    }

    static Resolver app(SwaggerUi ui) {
        return Apps.app(new BodyTest.Api(), OpenApiConfig.builder().title("Todos <API>").swaggerUi(ui).build());
    }

    /** The JSON assigned to {@code var name = ...;} in the page. */
    static JsonNode variable(String html, String name) {
        String marker = "var " + name + " = ";
        int start = html.indexOf(marker) + marker.length();
        return json(html.substring(start, html.indexOf(";\n", start)).replace("<\\/", "</"));
    }

    @Test
    void thereIsNoSwaggerRouteUnlessEnabled() {
        assertEquals(404, Apps.client(new BodyTest.Api()).get("/swagger").send().status());
    }

    @Test
    void thePageEmbedsTheDocumentAndServesItAsJson() {
        Resolver app = app(SwaggerUi.create());
        TestResponse page = PorticoClient.of(app).get("/swagger").send();
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        String html = page.body();
        assertTrue(html.contains("<title>Todos &lt;API&gt;</title>"), html);
        assertTrue(html.contains("persistAuthorization: false"), html);
        assertFalse(html.contains("initOAuth"), html);
        assertEquals(json(OpenApi.document(app)), variable(html, "spec"));
        assertEquals(json("\"/swagger\""), variable(html, "route"));
        TestResponse doc = PorticoClient.of(app).get("/swagger").query("format", "json").send();
        assertEquals("application/json", doc.header("Content-Type"));
        assertEquals(json(OpenApi.document(app)), doc.json());
        assertFalse(doc.json().get("paths").has("/swagger"), "the Swagger routes are not documented");
        assertTrue(PorticoClient.of(app).get("/swagger").query("format", "oauth2-redirect").send().body()
                .contains("window.opener.swaggerUIRedirectOauth2"));
    }

    @Test
    void assetsComeFromTheWebjarWhenPresent() throws IOException {
        PorticoClient client = client(SwaggerUi.create());
        assertEquals(json("null"), variable(client.get("/swagger").send().body(), "assets"));
        TestResponse css = client.get("/swagger/assets/swagger-ui.css").send();
        assertEquals(200, css.status());
        assertEquals("text/css; charset=utf-8", css.header("Content-Type"));
        assertEquals("public, max-age=86400", css.header("Cache-Control"));
        assertEquals(webjar("swagger-ui.css"), css.body());
        TestResponse js = client.get("/swagger/assets/swagger-ui-bundle.js").send();
        assertEquals("text/javascript; charset=utf-8", js.header("Content-Type"));
        assertTrue(js.body().contains("SwaggerUIBundle"));
        TestResponse png = client.get("/swagger/assets/favicon-32x32.png").send();
        assertTrue(png.isBase64Encoded());
        assertEquals("image/png", png.header("Content-Type"));
        assertTrue(Arrays.equals(webjarBytes("favicon-32x32.png"), png.bodyBytes()));
        assertEquals(404, client.get("/swagger/assets/index.html").send().status());
    }

    @Test
    void aCdnReplacesTheWebjar() {
        PorticoClient client = client(SwaggerUi.builder().cdn("https://cdn.example.com/swagger-ui/").build());
        assertEquals(json("\"https://cdn.example.com/swagger-ui\""), variable(client.get("/swagger").send().body(), "assets"));
        assertEquals(404, client.get("/swagger/assets/swagger-ui.css").send().status());
        assertEquals("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.17.14", SwaggerUi.DEFAULT_CDN);
        assertEquals(json("null"), variable(client.get("/swagger").send().body(), "integrity"),
                "a base URL of one's own gets no integrity");
    }

    /**
     * The pinned CDN's integrity constants are the SHA-384 of the webjar's files at the same version
     * (the webjar ships swagger-ui-dist's files unchanged), recomputed here from the jar.
     */
    @Test
    void theCdnIsPinnedToTheWebjarVersionWithItsFilesHashes() throws Exception {
        java.util.Properties pom = new java.util.Properties();
        try (java.io.InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(in);
        }
        assertEquals(pom.getProperty("version"), SwaggerUi.CDN_VERSION, "pin the CDN to the managed webjar version");
        assertEquals(sri(webjarBytes("swagger-ui.css")), SwaggerUi.CSS_INTEGRITY);
        assertEquals(sri(webjarBytes("swagger-ui-bundle.js")), SwaggerUi.BUNDLE_INTEGRITY);
        assertEquals("https://cdn.jsdelivr.net/npm/swagger-ui-dist@" + pom.getProperty("version"), SwaggerUi.DEFAULT_CDN);
    }

    private static String sri(byte[] file) throws java.security.NoSuchAlgorithmException {
        return "sha384-" + java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-384").digest(file));
    }

    @Test
    void pathPersistAuthorizationAndOAuth2Settings() {
        PorticoClient client = client(SwaggerUi.builder().path("/docs/api/").persistAuthorization(true)
                .title("Docs").oauth2(SwaggerUi.OAuth2.pkce("my-client", "openid", "todos")).build());
        assertEquals(404, client.get("/swagger").send().status());
        String html = client.get("/docs/api").send().body();
        assertTrue(html.contains("<title>Docs</title>"), html);
        assertTrue(html.contains("persistAuthorization: true"), html);
        assertEquals(json("\"/docs/api\""), variable(html, "route"));
        String init = html.substring(html.indexOf("ui.initOAuth(") + 13, html.indexOf(");", html.indexOf("ui.initOAuth(")));
        assertEquals(json("""
                {"clientId":"my-client","scopes":"openid todos","useBasicAuthenticationWithAccessCodeGrant":false,
                 "usePkceWithAuthorizationCodeGrant":true}"""), json(init));
        assertEquals(200, client.get("/docs/api/assets/swagger-ui.css").send().status());
    }

    @Test
    void middlewaresProtectThePageAndItsAssets() {
        PorticoClient client = client(SwaggerUi.builder().middleware((req, next) -> "let-me-in".equals(req.header("x-key"))
                ? next.handle(req) : Response.status(401).body("no").build()).build());
        assertEquals(401, client.get("/swagger").send().status());
        assertEquals(401, client.get("/swagger").query("format", "json").send().status());
        assertEquals(401, client.get("/swagger/assets/swagger-ui.css").send().status());
        assertEquals(200, client.get("/swagger").header("x-key", "let-me-in").send().status());
        assertEquals(200, client.get("/swagger/assets/swagger-ui.css").header("x-key", "let-me-in").send().status());
        assertEquals(200, client.post("/optional").send().status(), "other routes are not protected");
    }

    @Test
    void everyEventSourceAndStrippedPrefixes() {
        Resolver app = Resolver.builder().debug(false).stripPrefixes("/payment").include(OpenApi.routes(new BodyTest.Api()))
                .configure(OpenApiConfig.builder().swaggerUi(SwaggerUi.create()).build()).build();
        for (EventFormat format : EventFormat.values()) {
            PorticoClient client = PorticoClient.of(app).format(format);
            TestResponse page = client.get("/payment/swagger").send();
            assertEquals(200, page.status(), format.name());
            assertFalse(page.body().contains("/payment"), "the page knows no prefix: the browser works it out");
            assertEquals(200, client.get("/payment/swagger/assets/swagger-ui.css").send().status(), format.name());
            assertEquals(200, client.get("/swagger").query("format", "json").send().status(), format.name());
        }
    }

    @Test
    void compressionNeedsTheCompressFeature() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> app(SwaggerUi.builder().compress(true).build()));
        assertTrue(e.getMessage().contains("dev.portico:portico-feature-compress"), e.getMessage());
    }

    static String webjar(String file) throws IOException {
        return new String(webjarBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] webjarBytes(String file) throws IOException {
        try (InputStream in = SwaggerUiTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/swagger-ui/5.17.14/" + file)) {
            return in.readAllBytes();
        }
    }
}
