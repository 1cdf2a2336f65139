package dev.portico.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting, port conflicts, and graceful stopping. */
class LocalServerLifecycleTest {
    /** Client threads of their own: the common pool may have a single worker. */
    private static final java.util.concurrent.ExecutorService CLIENTS = java.util.concurrent.Executors.newCachedThreadPool();

    /** An application whose {@code GET /slow} waits for {@code release} after counting down {@code entered}. */
    private static Resolver slowApp(CountDownLatch entered, CountDownLatch release) {
        var b = Resolver.builder().discover(false).register(new WireSource());
        b.get("/slow", r -> {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS);
            return "done";
        });
        b.get("/fast", r -> "fast");
        return b.build();
    }

    @Test
    void aTakenPortIsReportedWithAHint() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LocalServer server = LocalServer.builder(slowApp(new CountDownLatch(1), new CountDownLatch(0)))
                    .port(port).build();
            PortInUseException e = assertThrows(PortInUseException.class, server::start);
            assertEquals(port, e.port());
            assertEquals("Port " + port + " is already in use; pass another port, e.g. LocalServer.builder(app).port("
                    + (port + 1) + "), or port(0) for any free port", e.getMessage());
            assertTrue(e instanceof IllegalStateException);
        }
    }

    @Test
    void stopLetsRequestsInFlightFinishAndRefusesNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LocalServer server = LocalServer.builder(slowApp(entered, release)).port(0).threads(4).build().start();
        URI base = server.url();
        CompletableFuture<Http.Reply> slow = CompletableFuture.supplyAsync(() -> call(base, "slow"), CLIENTS);
        assertTrue(entered.await(10, TimeUnit.SECONDS), "the slow request reached its handler");
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(20)), CLIENTS);
        Thread.sleep(200);
        assertTrue(!stopping.isDone(), "stop waits for the request in flight");
        Http.Reply during = Http.get(base, "fast");
        assertEquals(503, during.status());
        assertEquals("{\"statusCode\":503,\"message\":\"The server is shutting down\"}", during.text());
        release.countDown();
        Http.Reply finished = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, finished.status());
        assertEquals("done", finished.text());
        stopping.get(10, TimeUnit.SECONDS);
        assertThrows(IOException.class, () -> Http.get(base, "fast"), "the port is closed after stop");
    }

    @Test
    void stopGivesUpAfterTheGracePeriod() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LocalServer server = LocalServer.builder(slowApp(entered, release)).port(0).build().start();
        try {
            URI base = server.url();
            CompletableFuture<Http.Reply> slow = CompletableFuture.supplyAsync(() -> call(base, "slow"), CLIENTS);
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            server.stop(Duration.ofMillis(300));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 290 && ms < 5000, "stop took " + ms + " ms");
            Exception e = assertThrows(Exception.class, () -> slow.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof java.io.UncheckedIOException, String.valueOf(e));
        } finally {
            release.countDown();
        }
    }

    @Test
    void stopWithNothingInFlightIsImmediateAndAwaitReturns() throws Exception {
        LocalServer server = LocalServer.builder(slowApp(new CountDownLatch(1), new CountDownLatch(0)))
                .port(0).build().start();
        assertEquals("fast", Http.get(server.url(), "fast").text());
        long start = System.nanoTime();
        server.stop(Duration.ofSeconds(30));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000);
        server.await();
        server.stop(Duration.ofSeconds(1));
        assertThrows(IllegalStateException.class, server::start, "a server starts once");
    }

    @Test
    void theChosenSourceMustBeOneOfTheApplications() {
        Resolver app = slowApp(new CountDownLatch(1), new CountDownLatch(0));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalServer.builder(app).source("apigw-http").build());
        assertEquals("The application has no event source 'apigw-http' (it has wire); add that source's module "
                + "(portico-source-...) or register it, or pick one of these with source(id)", e.getMessage());
        assertEquals("wire", LocalServer.builder(app).build().source().id(),
                "without apigw-rest, the default is the application's first source");
    }

    @Test
    void aSourceThatCannotWriteEventsIsRefused() {
        var b = Resolver.builder().discover(false).register(new DecodeOnlySource());
        Resolver app = b.build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalServer.builder(app).source("decode-only").build());
        assertTrue(e.getMessage().startsWith("The local server cannot use the event source 'decode-only': The event "
                + "source 'decode-only' (dev.portico.server.DecodeOnlySource) cannot write events"), e.getMessage());
    }

    @Test
    void aSourceWhoseEventsAnotherSourceTakesIsRefused() {
        WireSource wire = new WireSource();
        dev.portico.api.spi.EventSource greedy = new DecodeOnlySource() {
            @Override
            public String id() {
                return "greedy";
            }

            @Override
            public int priority() {
                return 99;
            }

            @Override
            public boolean recognizes(dev.portico.api.spi.EventJson event) {
                return true;
            }
        };
        Resolver app = Resolver.builder().discover(false).register(wire).register(greedy).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalServer.builder(app).source("wire").build());
        assertEquals("The application would decode the 'wire' events of the local server with the 'greedy' source; "
                + "choose 'greedy' with source(id) or build the application with a fixed source", e.getMessage());
    }

    @Test
    void bodiesAboveTheLimitAre413() throws Exception {
        var b = Resolver.builder().discover(false).register(new WireSource());
        b.post("/upload", r -> r.bodyBytes().length);
        LocalServer server = LocalServer.builder(b.build()).port(0).maxRequestBytes(16).build().start();
        try {
            assertEquals("16", Http.send(server.url(), "POST", "upload", "application/octet-stream", new byte[16]).text());
            Http.Reply r = Http.send(server.url(), "POST", "upload", "application/octet-stream", new byte[17]);
            assertEquals(413, r.status());
        } finally {
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void builderChecksItsArguments() {
        Resolver app = slowApp(new CountDownLatch(1), new CountDownLatch(0));
        assertThrows(IllegalArgumentException.class, () -> LocalServer.builder(app).port(70000));
        assertThrows(IllegalArgumentException.class, () -> LocalServer.builder(app).threads(0));
        assertThrows(IllegalArgumentException.class, () -> LocalServer.builder(app).maxConnections(0));
        assertThrows(IllegalArgumentException.class, () -> LocalServer.builder(app).requestTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> LocalServer.builder(app).responseTimeout(null));
        assertThrows(IllegalArgumentException.class,
                () -> LocalServer.builder(app).idleTimeout(Duration.ofSeconds(-1)));
        assertEquals(8080, LocalServer.builder(app).build().port(), "the configured port before start");
        assertEquals(URI.create("http://localhost:8080/"), LocalServer.builder(app).build().url());
        assertEquals(URI.create("http://localhost:9000/"), LocalServer.builder(app).host("0.0.0.0").port(9000).build().url());
    }

    private static Http.Reply call(URI base, String path) {
        try {
            return Http.get(base, path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
