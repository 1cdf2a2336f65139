package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Route;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.Primer;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Typed routes are primed with requests made from their declared types ({@link TypedPrimer}): a body
 * the route accepts, refused ones, and the route's own binding and result writing, never its method.
 */
class TypedPrimerTest {

    /** A body counting its instances: priming binds the sample into it. */
    public record NewItem(@Length(min = 3, max = 10) String name, @Min(5) int qty, List<String> tags) {
        static final AtomicInteger MADE = new AtomicInteger();

        public NewItem {
            MADE.incrementAndGet();
        }
    }

    /** The result type. */
    public record Item(int id, String name) {
    }

    public static class Api {
        final AtomicInteger calls = new AtomicInteger();

        @Post(value = "/items", status = 201)
        public Item create(@Body NewItem item) {
            calls.incrementAndGet();
            return new Item(1, item.name());
        }

        @Post("/orders/{shop}")
        public Map<String, Object> order(@Path("shop") int shop, @Body Order order, @Query("n") int n,
                                         @Header("X-Tenant") String tenant) {
            calls.incrementAndGet();
            return Map.of("shop", shop, "lines", order.lines().size(), "n", n, "tenant", tenant);
        }

        @Post("/todos")
        public Todo todo(@Body Todo todo) {
            calls.incrementAndGet();
            return todo;
        }

        @Get("/items/{id}")
        public Optional<Item> get(@Path("id") int id, @Query("verbose") Optional<Boolean> verbose) {
            calls.incrementAndGet();
            return Optional.of(new Item(id, "x"));
        }
    }

    private static OpenApiFeature feature(Resolver app) {
        for (Feature f : app.features()) {
            if (f instanceof OpenApiFeature o) {
                return o;
            }
        }
        throw new AssertionError("no openapi feature");
    }

    private static Route route(Resolver app, String method, String path) {
        return app.routes().stream().filter(r -> r.path().equals(path) && r.methods().contains(method)).findFirst()
                .orElseThrow();
    }

    @Test
    void typedRoutesGetAValidSampleMadeFromTheirTypesAndConstraints() {
        Api api = new Api();
        Resolver app = Resolver.builder().include(OpenApi.routes(api)).build();
        OpenApiFeature openapi = feature(app);

        Primer items = openapi.primer(route(app, "POST", "/items")).orElseThrow();
        assertEquals("{\"name\":\"xxx\",\"qty\":5,\"tags\":[\"x\"]}", items.body());
        assertEquals(List.of("", "{\""), items.errorBodies());
        Primer todos = openapi.primer(route(app, "POST", "/todos")).orElseThrow();
        assertEquals("{\"userId\":1,\"id\":1,\"title\":\"Buy milk\",\"completed\":true}", todos.body());
        Primer orders = openapi.primer(route(app, "POST", "/orders/{shop}")).orElseThrow();
        assertEquals(Map.of("shop", "1"), orders.pathParams());
        assertEquals(Map.of("n", "1"), orders.queryParams());
        assertEquals(Map.of("X-Tenant", "x"), orders.headers());
        Primer get = openapi.primer(route(app, "GET", "/items/{id}")).orElseThrow();
        assertEquals(null, get.body());
        assertEquals(List.of(), get.errorBodies());

        // Each sample is a request the application accepts, as it is.
        PorticoClient client = PorticoClient.of(app);
        assertEquals(201, client.post("/items").body(items.body()).send().status());
        TestRequest order = client.post("/orders/1").body(orders.body()).query("n", "1").header("X-Tenant", "x");
        var answer = order.send();
        assertEquals(200, answer.status(), answer.body());
        assertEquals(200, client.post("/todos").body(todos.body()).send().status());
        assertEquals(3, api.calls.get());
        // and the refused ones are refused: 422
        assertEquals(422, client.post("/items").body("").send().status());
        assertEquals(422, client.post("/items").body("{\"").send().status());
    }

    @Test
    void primeRunsTheTypedBindingButNeverTheMethodAndChangesNoAnswer() {
        Api api = new Api();
        Resolver app = Resolver.builder().include(OpenApi.routes(api)).build();
        Resolver fresh = Resolver.builder().include(OpenApi.routes(new Api())).build();
        int made = NewItem.MADE.get();
        app.prime();
        assertEquals(0, api.calls.get(), "no typed method ran");
        assertTrue(NewItem.MADE.get() - made >= 100, "the sample body was bound, round after round: "
                + (NewItem.MADE.get() - made));
        List<String> before = answers(PorticoClient.of(fresh));
        List<String> after = answers(PorticoClient.of(app));
        assertEquals(before, after);
        assertEquals(4, api.calls.get());
        assertTrue(after.get(0).startsWith("201 {\"id\":1,\"name\":\"abcd\"}"), after.get(0));
        assertTrue(after.get(1).startsWith("422 {\"statusCode\":422,\"detail\":[{\"loc\":[\"body\",\"name\"]"),
                after.get(1));
    }

    private static List<String> answers(PorticoClient client) {
        List<String> out = new ArrayList<>();
        for (TestRequest r : List.of(
                client.post("/items").body("{\"name\":\"abcd\",\"qty\":7,\"tags\":[]}"),
                client.post("/items").body("{\"name\":\"a\",\"qty\":7}"),
                client.post("/items").body("{\"name\":"),
                client.post("/todos").body("{\"userId\":2,\"title\":\"t\",\"completed\":false}"),
                client.get("/items/5"),
                client.get("/items/x"),
                client.get("/items/6").query("verbose", "true"),
                client.post("/orders/2").body("{}").query("n", "3").header("X-Tenant", "t"),
                client.get("/openapi.json"),
                client.get("/nowhere"))) {
            var res = r.send();
            out.add(res.status() + " " + res.body() + " " + res.headers());
        }
        // the calls that reached a method: /items 201, /todos, /items/5, /items/6 ... counted by the caller
        return out;
    }
}
