package dev.portico.api;

/**
 * Intercepts requests before and after the route handler, like a servlet filter.
 *
 * <p>A middleware calls {@link Next#handle(Request)} to continue the chain and may change the
 * response it gets back ({@link Response#toBuilder()}). It short-circuits the chain by returning a
 * response of its own without calling {@code next}, or by throwing (for example a
 * {@link ServiceError}); the "after" parts of the middlewares that ran before it then unwind in
 * reverse order, and an exception that no middleware catches goes to the exception handlers.
 *
 * <p>Ordering: global middlewares ({@link Router#use}) run first, in registration order, then the
 * route's own middlewares ({@link RouteSpec#middleware}), then the handler. Global middlewares run for
 * every request, including those answered 404 or 405; route middlewares only for their route.
 * Middlewares added by features run outside (before) all user middlewares, ordered by feature
 * weight.
 *
 * <p>Middlewares are shared by concurrent requests: keep per-request state in
 * {@link Request#context()}, never in fields. A class-based middleware takes its configuration through
 * its constructor.
 */
@FunctionalInterface
public interface Middleware {

    /**
     * Processes a request.
     *
     * @param request the request
     * @param next the rest of the chain: further middlewares, then the handler
     * @return the response
     * @throws Exception to short-circuit with an error
     */
    Response handle(Request request, Next next) throws Exception;

    /** The rest of a middleware chain. */
    @FunctionalInterface
    interface Next {
        /**
         * Runs the rest of the chain.
         *
         * @param request the request to pass on (usually the one the middleware received)
         * @return the response of the rest of the chain, handler results already wrapped in a
         *     {@link Response}
         * @throws Exception what the rest of the chain threw
         */
        Response handle(Request request) throws Exception;
    }
}
