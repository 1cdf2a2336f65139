package dev.portico.testing.arch.samples.handlers.good;

import dev.portico.api.Request;
import dev.portico.api.Response;

/** A handler that sees only Portico's API. */
public class CleanHandler {
    /** @param request the request @return a response */
    public Response handle(Request request) {
        return Response.ok(request.path());
    }
}
