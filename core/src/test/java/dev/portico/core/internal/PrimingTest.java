package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Response;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureContext;
import dev.portico.api.spi.SourceRequest;
import dev.portico.core.FakeSource;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Priming}: rounds of synthetic requests through every route's stream path, answered by
 * stand-ins; never a handler, middleware, exception handler or response filter of the application.
 */
class PrimingTest {

    /** The fake format, writing every part of a request (body and query too) like the built-in sources. */
    public static final class WritingSource extends FakeSource {
        @Override
        public void writeEvent(SourceRequest r, JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeNumberField("fake", 1);
            g.writeStringField("method", r.method());
            g.writeStringField("path", r.path());
            writeMap(g, "headers", r.headers().asMap());
            writeMap(g, "query", r.queryParams().asMap());
            if (r.body() != null) {
                g.writeStringField("body", r.body());
                g.writeBooleanField("base64", r.base64Encoded());
            }
            g.writeEndObject();
        }

        private static void writeMap(JsonGenerator g, String name, Map<String, List<String>> map) throws IOException {
            g.writeObjectFieldStart(name);
            for (Map.Entry<String, List<String>> e : map.entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (String v : e.getValue()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    /** A record counting its instances: priming binds sample bodies into it. */
    public record Todo(String id, String title, boolean done, List<String> tags) {
        static final AtomicInteger MADE = new AtomicInteger();

        public Todo {
            MADE.incrementAndGet();
        }
    }

    /** A feature with a middleware and a response filter, counting their calls and its prime(). */
    static final class CountingFeature implements Feature {
        final AtomicInteger middleware = new AtomicInteger();
        final AtomicInteger filter = new AtomicInteger();
        final AtomicInteger primed = new AtomicInteger();

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public void setup(FeatureContext context) {
            context.addMiddleware((req, next) -> {
                middleware.incrementAndGet();
                return next.handle(req);
            });
            context.addResponseFilter((req, res) -> {
                filter.incrementAndGet();
                return res;
            });
        }

        @Override
        public void prime() {
            primed.incrementAndGet();
        }
    }

    private static final class Counters {
        final AtomicInteger handlers = new AtomicInteger();
        final AtomicInteger middlewares = new AtomicInteger();
        final AtomicInteger exceptionHandlers = new AtomicInteger();
        final AtomicInteger notFound = new AtomicInteger();
        final CountingFeature feature = new CountingFeature();

        int total() {
            return handlers.get() + middlewares.get() + exceptionHandlers.get() + notFound.get()
                    + feature.middleware.get() + feature.filter.get();
        }
    }

    private static Resolver app(Counters c, boolean debug) {
        Resolver.Builder b = Resolver.builder().discover(false).register(new WritingSource()).register(c.feature)
                .debug(debug).primeTypes(Todo.class)
                .use((req, next) -> {
                    c.middlewares.incrementAndGet();
                    return next.handle(req);
                })
                .exceptionHandler(BadRequestError.class, (e, req) -> {
                    c.exceptionHandlers.incrementAndGet();
                    return Response.of(400, "text/plain", "handled: " + e.getMessage());
                })
                .notFound(req -> {
                    c.notFound.incrementAndGet();
                    return Response.of(404, "text/plain", "nothing at " + req.path());
                });
        b.get("/todos", req -> {
            c.handlers.incrementAndGet();
            return List.of(new Todo("1", "a", false, List.of()));
        });
        b.get("/todos/{id}", req -> {
            c.handlers.incrementAndGet();
            return Map.of("id", req.pathParam("id"));
        });
        b.post("/todos", req -> {
            c.handlers.incrementAndGet();
            return Response.status(201).body(req.body(Todo.class)).build();
        }).middleware((req, next) -> {
            c.middlewares.incrementAndGet();
            return next.handle(req);
        });
        b.put("/todos/{id}", req -> {
            c.handlers.incrementAndGet();
            return req.body(Todo.class);
        });
        b.delete("/todos/{id}", req -> {
            c.handlers.incrementAndGet();
            return Response.status(204).build();
        });
        b.any("/files/{path+}", req -> {
            c.handlers.incrementAndGet();
            return "file " + req.pathParam("path");
        });
        b.get("/v[0-9]+/legacy", req -> {
            c.handlers.incrementAndGet();
            return "legacy";
        });
        return b.build();
    }

    static Engine engine(Resolver app) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Resolver.class.getDeclaredField("engine");
        f.setAccessible(true);
        return (Engine) f.get(app);
    }

    /** Requests whose answers must not change with priming. */
    private static final List<String> EVENTS = List.of(
            "{\"fake\":1,\"method\":\"GET\",\"path\":\"/todos\"}",
            "{\"fake\":1,\"method\":\"GET\",\"path\":\"/todos/7\"}",
            "{\"fake\":1,\"method\":\"POST\",\"path\":\"/todos\",\"body\":\"{\\\"id\\\":\\\"9\\\",\\\"title\\\":\\\"t\\\","
                    + "\\\"done\\\":true,\\\"tags\\\":[\\\"x\\\"]}\"}",
            "{\"fake\":1,\"method\":\"POST\",\"path\":\"/todos\",\"body\":\"{\\\"id\\\":\"}",
            "{\"fake\":1,\"method\":\"PUT\",\"path\":\"/todos/3\",\"body\":\"{\\\"id\\\":\\\"3\\\"}\"}",
            "{\"fake\":1,\"method\":\"DELETE\",\"path\":\"/todos/3\"}",
            "{\"fake\":1,\"method\":\"PATCH\",\"path\":\"/todos/3\"}",
            "{\"fake\":1,\"method\":\"GET\",\"path\":\"/files/a/b.txt\"}",
            "{\"fake\":1,\"method\":\"GET\",\"path\":\"/v2/legacy\"}",
            "{\"fake\":1,\"method\":\"GET\",\"path\":\"/nowhere\"}");

    private static List<String> answers(Resolver app) {
        List<String> out = new ArrayList<>();
        for (String e : EVENTS) {
            out.add(app.resolve(e, null));
        }
        return out;
    }

    @Test
    void noHandlerMiddlewareExceptionHandlerOrFilterRunsAndEveryRouteIsPrimed() throws Exception {
        Counters c = new Counters();
        Resolver app = app(c, false);
        int before = Todo.MADE.get();
        Priming.Result r = Priming.run(engine(app), List.of(Todo.class));
        assertEquals(0, c.total(), "no handler, middleware, exception handler, not-found handler or filter ran");
        assertEquals(1, c.feature.primed.get(), "the feature primed once");
        assertEquals(1, r.sources());
        assertEquals(6, r.routes(), "every route but the regular-expression one");
        assertEquals(1, r.skippedRoutes(), "the regular-expression route");
        assertEquals(0, r.skippedTypes());
        assertTrue(r.rounds() >= Priming.MIN_ROUNDS, r.toString());
        assertTrue(r.requests() >= r.rounds(), r.toString());
        assertTrue(Todo.MADE.get() - before >= Priming.MIN_ROUNDS,
                "sample bodies were bound into the primed record on every round: " + (Todo.MADE.get() - before));
        // The application answers as it did, and its own code runs for real requests.
        List<String> answers = answers(app);
        assertEquals(answers(app(new Counters(), false)), answers);
        assertTrue(answers.get(2).contains("\"status\":201"), answers.get(2));
        assertEquals("{\"status\":400,\"headers\":{\"Content-Type\":[\"text/plain\"]},\"cookies\":[],"
                + "\"body\":\"handled: Request body is not valid JSON (line 1, column 7)\",\"base64\":false}",
                answers.get(3));
        assertEquals("{\"status\":404,\"headers\":{\"Content-Type\":[\"text/plain\"]},\"cookies\":[],"
                + "\"body\":\"nothing at /nowhere\",\"base64\":false}", answers.get(9));
        assertEquals(8, c.handlers.get());
        assertEquals(1, c.exceptionHandlers.get());
        assertEquals(1, c.notFound.get());
        assertEquals(EVENTS.size(), c.feature.filter.get());
    }

    @Test
    void primeIsIdempotentAndTheAnswersStayExactlyTheSame() {
        Counters c = new Counters();
        Resolver app = app(c, false);
        List<String> unprimed = answers(app(new Counters(), false));
        assertEquals(1, app.prime());
        assertEquals(1, app.prime());
        assertEquals(2, c.feature.primed.get(), "each prime() calls the feature's prime()");
        assertEquals(0, c.total());
        assertEquals(unprimed, answers(app));
        assertEquals(1, app.prime());
        assertEquals(unprimed, answers(app));
    }

    @Test
    void inDebugModePrimingLogsNothingPerRequest() {
        Counters c = new Counters();
        Resolver app = app(c, true);
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.portico");
        List<java.util.logging.LogRecord> records = new ArrayList<>();
        java.util.logging.Handler h = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                synchronized (records) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(h);
        try {
            app.prime();
        } finally {
            logger.removeHandler(h);
        }
        synchronized (records) {
            assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()),
                    () -> records.size() + " records, the first: " + records.get(0).getMessage());
        }
        assertEquals(0, c.total());
    }

    @Test
    void primingIsSafeWhileRequestsAreAnswered() throws Exception {
        Counters c = new Counters();
        Resolver app = app(c, false);
        List<String> expected = answers(app(new Counters(), false));
        int handlersBefore = c.handlers.get();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        java.util.concurrent.atomic.AtomicIntegerArray perEvent = new java.util.concurrent.atomic.AtomicIntegerArray(EVENTS.size());
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(3);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread thread = new Thread(() -> {
                started.countDown();
                int i = 0;
                while (!done.get() || i < EVENTS.size()) {
                    int k = i++ % EVENTS.size();
                    String got = app.resolve(EVENTS.get(k), null);
                    sent.incrementAndGet();
                    perEvent.incrementAndGet(k);
                    if (!got.equals(expected.get(k))) {
                        wrong.add(k + ": " + got);
                    }
                    if (done.get() && i >= EVENTS.size()) {
                        break;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        started.await();
        Thread primer = new Thread(app::prime);
        Thread primer2 = new Thread(app::prime);
        primer.start();
        primer2.start();
        primer.join();
        primer2.join();
        done.set(true);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), List.copyOf(wrong));
        // Real requests ran the application's handlers (8 of the 10 events reach one); priming none.
        int expectedHandlers = 0;
        for (int k = 0; k < EVENTS.size(); k++) {
            expectedHandlers += k == 6 || k == 9 ? 0 : perEvent.get(k);
        }
        assertEquals(expectedHandlers, c.handlers.get() - handlersBefore);
        assertEquals(sent.get(), c.feature.filter.get(), "real requests, and only them, were filtered");
    }

    /** A type whose sample the codec cannot read: an interface. */
    public interface Shape {
    }

    /** A record that refuses every value: its sample cannot be bound. */
    public record Picky(String name) {
        public Picky {
            throw new IllegalArgumentException("never");
        }
    }

    /** A recursive record: its sample stops at a depth. */
    public record Tree(String name, List<Tree> children, Map<String, Tree> byName) {
    }

    @Test
    void typesWithoutASampleAndSourcesThatCannotWriteEventsAreSkippedNotThrown() throws Exception {
        Resolver app = Resolver.builder().discover(false).register(new FakeSource()).build();
        Priming.Result r = Priming.run(engine(app), List.of(Shape.class));
        assertEquals(0, r.sources());
        assertEquals(1, r.skippedTypes());
        assertEquals(0, app.prime());
        Counters c = new Counters();
        Resolver.Builder b = Resolver.builder().discover(false).register(new WritingSource())
                .primeTypes(Picky.class, Tree.class, Shape.class);
        b.post("/trees", req -> {
            c.handlers.incrementAndGet();
            return req.body(Tree.class);
        });
        Resolver trees = b.build();
        Priming.Result t = Priming.run(engine(trees), List.of(Picky.class, Tree.class, Shape.class));
        assertEquals(2, t.skippedTypes(), "the record refusing every value and the interface");
        assertEquals(1, t.routes());
        assertEquals(0, c.handlers.get());
        assertEquals("{\"status\":200,\"headers\":{\"Content-Type\":[\"application/json\"]},\"cookies\":[],"
                + "\"body\":\"{\\\"name\\\":\\\"a\\\",\\\"children\\\":[],\\\"byName\\\":{}}\",\"base64\":false}",
                trees.resolve("{\"fake\":1,\"method\":\"POST\",\"path\":\"/trees\",\"body\":"
                        + "\"{\\\"name\\\":\\\"a\\\",\\\"children\\\":[],\\\"byName\\\":{}}\"}", null));
    }
}
