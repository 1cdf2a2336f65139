package dev.portico.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.portico.api.BadRequestError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Answers one HTTP exchange the way Lambda would: the request written as an event of the source,
 * {@link Resolver#handleRequest} with a Lambda context, the source's response JSON read back and sent.
 */
final class ExchangeHandler implements HttpHandler {
    private static final System.Logger LOG = LocalServer.LOG;

    private final Resolver resolver;
    private final EventSource source;
    private final int maxBody;
    private final Level requestLevel;
    private final BooleanSupplier stopping;
    private final BooleanSupplier overLimit;
    private final InFlight inFlight;

    ExchangeHandler(Resolver resolver, EventSource source, int maxBody, Level requestLevel, BooleanSupplier stopping,
                    BooleanSupplier overLimit, InFlight inFlight) {
        this.resolver = resolver;
        this.source = source;
        this.maxBody = maxBody;
        this.requestLevel = requestLevel;
        this.stopping = stopping;
        this.overLimit = overLimit;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        int status = 500;
        try {
            if (stopping.getAsBoolean()) {
                status = 503;
                HttpBridge.sendError(exchange, 503, "The server is shutting down", true);
                return;
            }
            if (overLimit.getAsBoolean()) {
                status = 503;
                HttpBridge.sendError(exchange, 503, "The server has too many connections; try again later", true);
                return;
            }
            status = answer(exchange);
        } catch (IOException e) {
            // Most often the client went away before the response was sent.
            LOG.log(Level.DEBUG, "I/O failure answering " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The local server failed to answer " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI(), e);
            trySendError(exchange, 500, "Internal Server Error");
        } finally {
            exchange.close();
            if (LOG.isLoggable(requestLevel)) {
                LOG.log(requestLevel, "{0} {1} -> {2} ({3} ms)", exchange.getRequestMethod(), exchange.getRequestURI(),
                        status, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private int answer(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        SourceRequest request;
        try {
            request = HttpBridge.request(exchange, source.id(), requestId, maxBody);
        } catch (BadRequestError | IllegalArgumentException e) {
            HttpBridge.sendError(exchange, 400, e.getMessage(), false);
            return 400;
        } catch (HttpBridge.TooLarge e) {
            HttpBridge.sendError(exchange, 413, e.getMessage(), true);
            return 413;
        }
        // In flight from the whole request to the whole answer: what a graceful stop waits for.
        inFlight.enter();
        try {
            WireResponse response = invoke(request, requestId);
            HttpBridge.send(exchange, response);
            return response.status();
        } finally {
            inFlight.leave();
        }
    }

    /** The Lambda path: the request as an event of the source, the handler, the source's response read back. */
    private WireResponse invoke(SourceRequest request, String requestId) throws IOException {
        ByteArrayOutputStream event = new ByteArrayOutputStream(1024);
        Events.write(source, request, event);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        resolver.handleRequest(new ByteArrayInputStream(event.toByteArray()), out, new ServerContext(requestId));
        Object parsed = EventJson.parse(out.toByteArray());
        if (!(parsed instanceof Map)) {
            throw new IllegalStateException("The application answered with something other than a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        return source.readResponse(EventJson.of(map));
    }

    private static void trySendError(HttpExchange exchange, int status, String message) {
        try {
            HttpBridge.sendError(exchange, status, message, false);
        } catch (IOException | RuntimeException ignored) {
            // the response was already (partly) sent, or the client is gone: nothing more to say
        }
    }
}
