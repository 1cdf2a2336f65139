package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void oneAppAnswersConcurrentRequestsWithoutCrossTalk() throws Exception {
        Resolver.Builder b = Resolver.builder().discover(false).register(new FakeSource())
                .use((req, next) -> {
                    req.appendContext("id", req.header("x-id"));
                    Thread.yield();
                    return next.handle(req);
                });
        b.get("/items/{n}", r -> r.pathParam("n") + ":" + r.context().get("id") + ":" + r.queryParam("q"));
        Resolver app = b.build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String n = Integer.toString(i);
                results.add(pool.submit(() -> {
                    JsonNode r = Fake.req("GET", "/items/" + n).header("X-Id", "id" + n).query("q", "q" + n).send(app);
                    return new String[] {n + ":id" + n + ":q" + n, r.get("body").asText()};
                }));
            }
            for (Future<String[]> f : results) {
                String[] pair = f.get(30, TimeUnit.SECONDS);
                assertEquals(pair[0], pair[1]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
