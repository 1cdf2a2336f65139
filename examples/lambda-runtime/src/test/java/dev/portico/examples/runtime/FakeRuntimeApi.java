package dev.portico.examples.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda Runtime API (version 2018-06-01) as the Lambda service serves it to a runtime, on the
 * JDK's HTTP server bound to 127.0.0.1 only: {@code GET /runtime/invocation/next} hands out the
 * queued events (waiting for one, as the service does), {@code POST /runtime/invocation/{id}/response}
 * and {@code /error} complete them, {@code POST /runtime/init/error} records an init failure.
 */
final class FakeRuntimeApi implements AutoCloseable {
    private static final String BASE = "/2018-06-01/runtime/";
    private static final String ID = "8476a536-e9f4-11e8-9739-2dfe598c%04d";
    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:portico-test";

    /** What the runtime posted back for one invocation, or for init. */
    record Answer(String requestId, String kind, String errorType, String body) {
    }

    private record Invocation(String requestId, String event) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<Answer> initError = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();

    FakeRuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(BASE, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** @return the value for AWS_LAMBDA_RUNTIME_API */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Queues an event and waits for the runtime's answer.
     *
     * @param event the event's JSON
     * @param timeout how long to wait
     * @return the answer, or the init error if the runtime posted one instead
     */
    Answer invoke(String event, Duration timeout) throws Exception {
        String id = String.format(ID, ids.incrementAndGet());
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        answers.put(id, answer);
        queue.add(new Invocation(id, event));
        // A runtime that failed to initialise may post to /init/error instead of answering.
        return (Answer) CompletableFuture.anyOf(answer, initError).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the request id of the last invocation queued */
    String lastRequestId() {
        return String.format(ID, ids.get());
    }

    /** @return the init error, once the runtime posted one */
    CompletableFuture<Answer> initError() {
        return initError;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                Invocation next = queue.poll(60, TimeUnit.SECONDS);
                if (next == null) {
                    send(exchange, 500, "{\"errorMessage\":\"no event within 60 s\"}");
                    return;
                }
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.requestId());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + 30_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
                send(exchange, 200, next.event());
            } else if (path.equals("init/error")) {
                initError.complete(new Answer(null, "init-error", errorType, body));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
                String kind = path.substring(path.lastIndexOf('/') + 1);
                CompletableFuture<Answer> answer = answers.get(id);
                if (answer == null) {
                    send(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
                    return;
                }
                answer.complete(new Answer(id, kind, errorType, body));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                send(exchange, 404, "{\"errorMessage\":\"not a Runtime API path\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
