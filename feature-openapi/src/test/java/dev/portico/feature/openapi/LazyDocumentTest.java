package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.portico.api.spi.Feature;
import dev.portico.core.Resolver;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A typed application's document and schemas are generated on the first request for the document,
 * never when the application is built; declaration mistakes still fail {@code build()}.
 */
class LazyDocumentTest {

    static Resolver app() {
        return Resolver.builder().debug(false).include(OpenApi.routes(new DocumentTest.Api()), "/v1")
                .configure(OpenApiConfig.builder().title("Lazy").swaggerUi(SwaggerUi.create()).build())
                .build();
    }

    static Document model(Resolver app) {
        for (Feature f : app.features()) {
            if (f instanceof OpenApiFeature o) {
                return o.model();
            }
        }
        throw new AssertionError("no openapi feature");
    }

    @Test
    void buildingATypedAppGeneratesNoDocument() {
        Resolver app = app();
        Document doc = model(app);
        assertEquals(0, doc.builds());
        PorticoClient client = PorticoClient.of(app);
        assertEquals(200, client.get("/v1/todos").query("limit", "3").send().status());
        assertEquals(0, doc.builds(), "a typed request does not build the document");
        TestResponse first = client.get("/swagger").query("format", "json").send();
        assertEquals(1, doc.builds());
        assertEquals(200, first.status());
        assertEquals("application/json", first.header("Content-Type"));
        // the same JSON as the document generated directly from an identical application
        assertEquals(OpenApi.document(app()), first.body());
        assertEquals(first.body(), client.get("/swagger").query("format", "json").send().body());
        assertEquals(first.body(), OpenApi.document(app));
        assertEquals(1, doc.builds(), "generated once, then kept");
    }

    @Test
    void theSwaggerPageAlsoBuildsItOnFirstUse() {
        Resolver app = app();
        Document doc = model(app);
        TestResponse page = PorticoClient.of(app).get("/swagger").send();
        assertEquals(200, page.status());
        assertEquals(1, doc.builds());
    }

    @Test
    void concurrentFirstRequestsBuildOnce() throws Exception {
        Resolver app = app();
        Document doc = model(app);
        PorticoClient client = PorticoClient.of(app);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.get("/swagger").query("format", "json").send().body();
                }));
            }
            start.countDown();
            String expected = OpenApi.document(app());
            for (Future<String> a : answers) {
                assertEquals(expected, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, doc.builds());
    }

    @Test
    void declarationMistakesStillFailTheBuildWithoutGeneratingTheDocument() {
        Resolver.Builder<?> b = Resolver.builder().debug(false).include(OpenApi.routes(new DocumentTest.Api()));
        b.get("/x", r -> "x").operationId("getTodo");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertEquals("Routes GET /todos/{todo_id} and GET /x have the same operation id 'getTodo'; "
                + "operation ids must be unique", e.getMessage());
    }
}
