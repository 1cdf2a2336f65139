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
        this(array(middlewares), handler);
    }

    /**
     * A chain over an array made once and shared by many routes (never changed: chains only read it).
     *
     * @param middlewares the middlewares, from {@link #array(List)}
     * @param handler the handler
     */
    Chain(Middleware[] middlewares, Handler handler) {
        this.middlewares = middlewares;
        this.handler = handler;
    }

    /** @return the middlewares as an array for {@link #Chain(Middleware[], Handler)} */
    static Middleware[] array(List<Middleware> middlewares) {
        return middlewares.isEmpty() ? NONE : middlewares.toArray(NONE);
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
        Response r = m.handle(request, new Next(this, index + 1));
        if (r == null) {
            throw new IllegalStateException("Middleware " + m.getClass().getName()
                    + " returned null; return next.handle(request) or a Response");
        }
        return r;
    }

    /**
     * The rest of the chain from a middleware on: a class, not a lambda, whose first use would spin a
     * class at run time (cold start).
     */
    private static final class Next implements Middleware.Next {
        private final Chain chain;
        private final int index;

        Next(Chain chain, int index) {
            this.chain = chain;
            this.index = index;
        }

        @Override
        public Response handle(Request request) throws Exception {
            return chain.step(index, request);
        }
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
