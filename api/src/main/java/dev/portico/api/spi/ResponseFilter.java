package dev.portico.api.spi;

import dev.portico.api.Request;
import dev.portico.api.Response;

/**
 * Changes the final response of every request, after middlewares, handlers and exception handlers,
 * including 404, 405 and error responses. Registered by a {@link Feature}; filters run in feature
 * weight order. {@link Request#route()} tells which route answered ({@code null} when none did).
 */
@FunctionalInterface
public interface ResponseFilter {

    /**
     * @param request the request
     * @param response the response so far
     * @return the response to send (the same instance when nothing changes)
     */
    Response filter(Request request, Response response);
}
