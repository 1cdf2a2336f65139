package dev.portico.core.internal;

import dev.portico.api.ContentTypes;
import dev.portico.api.Handler;
import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import java.util.List;

/** Middlewares around a handler, fixed when the application is built. */
final class Chain {
    private final Middleware[] middlewares;
    private final Handler handler;

    private static final Middleware[] NONE = new Middleware[0];

    Chain(List<Middleware> middlewares, Handler handler) {
        this.middlewares = middlewares.isEmpty() ? NONE : middlewares.toArray(NONE);
        this.handler = handler;
    }

    int size() {
        return middlewares.length;
    }

    List<Middleware> middlewares() {
        return List.of(middlewares);
    }

    Response run(Request request) throws Exception {
        return step(0, request);
    }

    private Response step(int index, Request request) throws Exception {
        if (index == middlewares.length) {
            return toResponse(handler.handle(request));
        }
        Middleware m = middlewares[index];
        Response r = m.handle(request, next -> step(index + 1, next));
        if (r == null) {
            throw new IllegalStateException("Middleware " + m.getClass().getName()
                    + " returned null; return next.handle(request) or a Response");
        }
        return r;
    }

    /** Wraps a handler result: see {@link Handler} for the rules. */
    static Response toResponse(Object result) {
        if (result instanceof Response r) {
            return r;
        }
        if (result == null) {
            return Response.builder().build();
        }
        if (result instanceof String) {
            return Response.of(200, ContentTypes.TEXT_PLAIN_UTF8, result);
        }
        if (result instanceof byte[]) {
            return Response.of(200, ContentTypes.OCTET_STREAM, result);
        }
        return Response.of(200, ContentTypes.JSON, result);
    }
}
