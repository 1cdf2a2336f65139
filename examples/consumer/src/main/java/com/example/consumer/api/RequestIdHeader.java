package com.example.consumer.api;

import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;

/**
 * A class-based middleware (Powertools' {@code BaseMiddlewareHandler}): puts the request id on every
 * response, under a header name given to the constructor.
 */
public final class RequestIdHeader implements Middleware {
    private final String headerName;

    /** @param headerName the response header to set, such as {@code X-Request-Id} */
    public RequestIdHeader(String headerName) {
        this.headerName = headerName;
    }

    @Override
    public Response handle(Request request, Next next) throws Exception {
        Response response = next.handle(request);
        String id = request.requestId();
        return id == null ? response : response.toBuilder().setHeader(headerName, id).build();
    }
}
