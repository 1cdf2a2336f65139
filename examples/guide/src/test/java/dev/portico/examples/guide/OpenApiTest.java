package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.feature.openapi.SwaggerUi;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** docs/guide/openapi.md. */
class OpenApiTest {

    @Test
    void theDocument() {
        // tag::document[]
        String json = OpenApi.document(OpenApiDocs.app());
        // end::document[]
        assertEquals(Wire.tree(Wire.read("openapi/document.json")), Wire.tree(json));
    }

    @Test
    void theDocumentIsAlsoARoute() {
        Resolver app = OpenApiDocs.swagger();
        TestResponse doc = PorticoClient.of(app).get("/docs?format=json").header("X-Api-Key", "let-me-in").send();
        assertEquals(200, doc.status());
        assertEquals("application/json", doc.header("Content-Type"));
        assertEquals(Wire.tree(OpenApi.document(app)), doc.json());
        assertFalse(doc.json().get("paths").has("/docs"), "the Swagger routes are not documented");
        assertEquals("Todo API", doc.json().at("/info/title").asText());
    }

    @Test
    void swaggerUi() {
        PorticoClient client = PorticoClient.of(OpenApiDocs.swagger());
        TestResponse page = client.get("/docs").header("X-Api-Key", "let-me-in").send();
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertTrue(page.body().contains("persistAuthorization: true"), page.body());
        assertTrue(page.body().contains("\"https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.17.14\""),
                "without the swagger-ui webjar the page loads Swagger UI from the default CDN, pinned");
        assertTrue(page.body().contains("var integrity = {\"css\":\"" + SwaggerUi.CSS_INTEGRITY + "\",\"js\":\""
                + SwaggerUi.BUNDLE_INTEGRITY + "\"};"), page.body());
        assertTrue(page.body().contains("script.crossOrigin = 'anonymous';"), page.body());
        assertEquals(401, client.get("/docs").send().status());
        assertEquals(401, client.get("/docs?format=json").send().status());
        assertEquals(404, client.get("/swagger").send().status());
        assertEquals(200, client.get("/todos/1").send().status(), "the guard covers the Swagger routes only");
    }

    @Test
    void aCdnOfYourOwn() {
        String page = PorticoClient.of(OpenApiDocs.swaggerFromCdn()).get("/swagger").send().body();
        assertTrue(page.contains("https://cdn.example.com/swagger-ui/5.17.14"), page);
    }

    @Test
    void routesLeftOutOfTheDocumentStillAnswer() {
        assertEquals(200, PorticoClient.of(OpenApiDocs.app()).get("/internal/metrics").send().status());
    }

    @Test
    void hiddenParametersAreStillValidatedAndCustomStatusesDocumented() {
        PorticoClient client = PorticoClient.of(OpenApiDocs.app());
        assertEquals(200, client.get("/todos").query("trace_level", "2").send().status());
        assertEquals(422, client.get("/todos").query("trace_level", "9").send().status());
        assertEquals(1, client.get("/todos").query("page_size", "1").send().json().size());
    }
}
