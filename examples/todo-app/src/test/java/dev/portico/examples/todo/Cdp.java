package dev.portico.examples.todo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client over java.net.http's WebSocket: sends commands to one
 * page target and waits for their results. Events are ignored. Test code only.
 */
final class Cdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    private Cdp(WebSocket socket) {
        this.socket = socket;
    }

    /**
     * @param webSocketUrl a page target's {@code webSocketDebuggerUrl}
     * @return a connected client
     */
    static Cdp connect(String webSocketUrl) throws Exception {
        Listener listener = new Listener();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(webSocketUrl), listener).get(10, TimeUnit.SECONDS);
        Cdp cdp = new Cdp(ws);
        listener.cdp = cdp;
        return cdp;
    }

    /**
     * Sends a command and waits for its result.
     *
     * @param method e.g. {@code Page.navigate}
     * @param params the parameters, name then value
     * @return the {@code result} object
     * @throws IOException when the browser answers with an error
     */
    JsonNode send(String method, Object... params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        ObjectNode p = message.putObject("params");
        for (int i = 0; i < params.length; i += 2) {
            p.set((String) params[i], JSON.valueToTree(params[i + 1]));
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    /**
     * Evaluates a JavaScript expression in the page.
     *
     * @param expression the expression; promises are awaited
     * @return its value as JSON ({@code null} node for undefined)
     */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", "expression", expression, "returnByValue", true,
                "awaitPromise", true);
        if (result.has("exceptionDetails")) {
            throw new IOException("JavaScript failed: " + result.get("exceptionDetails"));
        }
        JsonNode value = result.get("result").get("value");
        return value == null ? JSON.nullNode() : value;
    }

    /**
     * Evaluates an expression until it is truthy.
     *
     * @param expression the expression
     * @param timeout how long to try
     * @return the first truthy value
     * @throws AssertionError when it never is
     */
    JsonNode await(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = eval(expression);
            boolean truthy = !(last.isNull() || last.isMissingNode() || (last.isBoolean() && !last.asBoolean())
                    || (last.isNumber() && last.asDouble() == 0) || (last.isTextual() && last.asText().isEmpty()));
            if (truthy) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for `" + expression + "`; last value " + last);
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            JsonNode id = message.get("id");
            if (id != null) {
                CompletableFuture<JsonNode> f = pending.remove(id.asInt());
                if (f != null) {
                    f.complete(message);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Collects text frames into messages. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile Cdp cdp;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                Cdp c = cdp;
                if (c != null) {
                    c.receive(message);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
