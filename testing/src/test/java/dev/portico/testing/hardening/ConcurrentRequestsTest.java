package dev.portico.testing.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.testing.EventBuilder;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One application instance, 16 threads, thousands of requests in every format at once, to routes with
 * and without their own middleware, with text, JSON and binary bodies. Middlewares and handlers write
 * the per-request context (and overwrite an entry the application appended at build time); each
 * response must match its own request exactly and show no context entry of another request. (The local
 * HTTP server is checked the same way by {@code LocalServerTest} in core: 8 threads, 200 requests.)
 */
class ConcurrentRequestsTest {
    private static final int THREADS = 16;

    private static Resolver app() {
        var b = Resolver.builder().debug(false).appendContext("app", "shared");
        b.use((request, next) -> {
            String rid = request.header("X-Rid");
            request.appendContext("rid", rid);
            request.appendContext("seen-" + rid, Thread.currentThread().getName());
            Thread.yield();
            Response r = next.handle(request);
            return r.toBuilder().header("X-Rid-Out", String.valueOf(request.context().get("rid"))).build();
        });
        b.any("/plain/{id}", ConcurrentRequestsTest::answer);
        b.post("/json/{id}", r -> {
            Map<String, Object> out = answer(r);
            out.put("json", r.body(Map.class));
            return out;
        }).middleware((request, next) -> {
            request.appendContext("route", request.pathParam("id"));
            return next.handle(request);
        });
        return b.build();
    }

    private static Map<String, Object> answer(Request r) {
        Map<String, Object> out = new LinkedHashMap<>();
        String before = (String) r.context().get("app");
        r.context().put("app", "changed by " + r.header("X-Rid"));
        out.put("app", before);
        out.put("rid", r.context().get("rid"));
        out.put("keys", new ArrayList<>(new TreeMap<>(r.context()).keySet()));
        out.put("id", r.pathParam("id"));
        out.put("q", r.queryParam("q"));
        out.put("source", r.source());
        out.put("body", r.body());
        return out;
    }

    @Test
    void everyResponseMatchesItsOwnRequest() throws Exception {
        Resolver app = app();
        int requests = Math.max(4000, Fuzz.cases(4000));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                Callable<String> call = () -> {
                    start.await();
                    return check(app, n);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<String> f : results) {
                assertEquals("ok", f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends request {@code n} (its format, route and body follow from n) and compares the answer. */
    private static String check(Resolver app, int n) {
        Gen g = Fuzz.gen("concurrent", n);
        EventFormat format = EventFormat.values()[n % EventFormat.values().length];
        String rid = "r" + n;
        String id = "id-" + g.word(6);
        String q = "q" + n + " " + g.text(5);
        EventBuilder<?> b = Events.of(format).header("X-Rid", rid).query("q", q);
        List<String> keys = new ArrayList<>(List.of("app", "rid", "seen-" + rid));
        Map<String, Object> json = null;
        String body;
        switch (g.n(3)) {
            case 0 -> {
                json = new LinkedHashMap<>();
                json.put("n", n);
                json.put("text", g.text(10));
                body = Apps.json(json);
                b.method("POST").path("/json/" + id).jsonBody(body);
                keys.add("route");
            }
            case 1 -> {
                body = "text " + n + " " + g.text(20);
                b.method(g.pick("GET", "PUT", "DELETE")).path("/plain/" + id).body(body);
            }
            default -> {
                body = "bytes " + n;
                b.method("PATCH").path("/plain/" + id).body(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        keys.sort(null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("app", "shared");
        expected.put("rid", rid);
        expected.put("keys", keys);
        expected.put("id", id);
        expected.put("q", q);
        expected.put("source", RandomRequest.SOURCE.get(format));
        expected.put("body", body);
        if (json != null) {
            expected.put("json", json);
        }
        TestResponse r = TestResponse.of(app.resolve(b.build(), null));
        String where = "request " + n + " (" + format + "): " + r.raw();
        assertEquals(200, r.status(), where);
        assertEquals(rid, r.header("X-Rid-Out"), where);
        assertEquals(Apps.M.valueToTree(expected), r.json(), where);
        return "ok";
    }
}
