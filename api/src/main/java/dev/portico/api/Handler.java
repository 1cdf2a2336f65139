package dev.portico.api;

/**
 * Handles a request that matched a route.
 *
 * <p>What the handler returns becomes the response:
 * <ul>
 *   <li>a {@link Response} is used as it is (full control of status, headers, cookies, body);</li>
 *   <li>a {@code String} becomes a {@code text/plain} body with status 200;</li>
 *   <li>a {@code byte[]} becomes an {@code application/octet-stream} body, base64-encoded for the event
 *       source;</li>
 *   <li>{@code null} becomes an empty 200 response without a content type;</li>
 *   <li>anything else (maps, lists, records, POJOs, numbers) is serialized to compact JSON with
 *       {@code Content-Type: application/json} and status 200.</li>
 * </ul>
 * Throwing a {@link ServiceError} answers with its status; other exceptions go to the exception
 * handlers registered with {@link Router#exceptionHandler}, and unhandled ones become a 500.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one request.
     *
     * @param request the request, with its path parameters and per-request context
     * @return the response body or a {@link Response}
     * @throws Exception anything; mapped to a response by the exception handlers
     */
    Object handle(Request request) throws Exception;
}
