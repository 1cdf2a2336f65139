package dev.portico.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13.4 over real sockets on loopback: 256 slow or idle connections (half-sent headers, silent
 * connections, slow bodies, clients that never read a large answer) do not hold up a normal client.
 * Bounded: every socket is closed at the end and the server stopped.
 */
class SlowClientsTest {
    private static final String BIG = "x".repeat(6 * 1024 * 1024);

    private static Resolver app() {
        var b = Resolver.builder().discover(false).register(new WireSource());
        b.get("/ping", r -> "pong");
        b.post("/upload", r -> r.bodyBytes().length);
        b.get("/big", r -> BIG);
        b.get("/nap", r -> {
            Thread.sleep(300);
            return "rested";
        });
        return b.build();
    }

    @ParameterizedTest(name = "virtualThreads={0}")
    @ValueSource(booleans = {true, false})
    void aNormalClientIsServedPromptlyBeside256SlowConnections(boolean virtual) throws Exception {
        LocalServer server = LocalServer.builder(app()).port(0).virtualThreads(virtual).build().start();
        List<Socket> slow = new ArrayList<>();
        try {
            int port = server.port();
            double[] idle = measure(server, 100);
            for (int i = 0; i < 96; i++) {
                slow.add(open(port, 0, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Half: "));
            }
            for (int i = 0; i < 32; i++) {
                slow.add(open(port, 0, null));
            }
            for (int i = 0; i < 96; i++) {
                slow.add(open(port, 0, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nabc"));
            }
            for (int i = 0; i < 32; i++) {
                slow.add(open(port, 4096, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n"));
            }
            assertEquals(256, slow.size());
            awaitActive(server, 224, Duration.ofSeconds(30));
            // let the 32 large answers be built (6 MB each through the event path) and block on writing
            Thread.sleep(3000);
            double[] loaded = measure(server, 300);
            System.out.printf("SlowClientsTest (virtualThreads=%s on Java %s): alone p50 %.1f ms, p99 %.1f ms; beside "
                    + "%d slow connections (%d exchanges holding a thread) p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    virtual, Runtime.version().feature(), idle[0], idle[1], slow.size(), server.activeExchanges(),
                    loaded[0], loaded[1], loaded[2]);
            // Generous for 2 shared cores; the target is 100 ms (measured values in docs/local-server.md).
            assertTrue(loaded[1] < 500, "p99 " + loaded[1] + " ms");

            // A graceful stop drains the request in flight without waiting for the slow connections.
            CompletableFuture<Http.Reply> nap = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.get(server.url(), "nap");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            while (server.activeExchanges() < 225) {
                Thread.sleep(5);
            }
            // clients that never read are answers in flight, which a stop waits for: these ones go away
            for (Socket s : slow.subList(224, 256)) {
                s.close();
            }
            long t = System.nanoTime();
            server.stop(Duration.ofSeconds(10));
            long stopMs = (System.nanoTime() - t) / 1_000_000;
            assertEquals("rested", nap.get(10, TimeUnit.SECONDS).text());
            assertTrue(stopMs < 5000, "stop waited " + stopMs + " ms for connections that were not requests");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            server.stop(Duration.ZERO);
        }
    }

    @Test
    void beyondTheConnectionLimitRequestsAre503UntilConnectionsFree() throws Exception {
        LocalServer server = LocalServer.builder(app()).port(0).maxConnections(8).build().start();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                slow.add(open(server.port(), 0, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Half: "));
            }
            awaitActive(server, 8, Duration.ofSeconds(10));
            Http.Reply r = Http.get(server.url(), "ping");
            assertEquals(503, r.status());
            assertEquals("close", r.first("Connection"));
            assertEquals("{\"statusCode\":503,\"message\":\"The server has too many connections; try again later\"}",
                    r.text());
            for (Socket s : slow) {
                s.close();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.activeExchanges() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals("pong", Http.get(server.url(), "ping").text());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            server.stop(Duration.ZERO);
        }
    }

    /** @return p50, p99 and max latency in ms of {@code n} sequential requests, each checked */
    private static double[] measure(LocalServer server, int n) throws IOException {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Http.Reply r = Http.get(server.url(), "ping");
            nanos[i] = System.nanoTime() - t;
            assertEquals(200, r.status());
            assertEquals("pong", r.text());
        }
        Arrays.sort(nanos);
        return new double[] {nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, nanos[n - 1] / 1e6};
    }

    static Socket open(int port, int receiveBuffer, String send) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        if (send != null) {
            s.getOutputStream().write(send.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
        }
        return s;
    }

    private static void awaitActive(LocalServer server, int n, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (server.activeExchanges() < n) {
            assertTrue(System.nanoTime() < deadline, "only " + server.activeExchanges() + " of " + n
                    + " slow connections reached the server");
            Thread.sleep(10);
        }
    }
}
