package dev.portico.feature.openapi;

import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.Problem;
import java.util.List;

/** Produces one argument of a typed handler from a request; built once per parameter. */
interface Binder {

    /**
     * @param request the request
     * @param body the request body, parsed once on first use; {@code null} when no binder reads it
     * @param problems where validation problems go
     * @return the argument; anything when a problem was added
     */
    Object bind(Request request, RequestBody body, List<Problem> problems);
}
