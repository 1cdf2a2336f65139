package dev.portico.api;

/**
 * Turns an exception into a response. Registered with {@link Router#exceptionHandler}; the handler
 * registered for the most specific type of the exception wins.
 *
 * @param <E> the exception type handled
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {

    /**
     * Handles an exception thrown while answering a request.
     *
     * @param exception the exception
     * @param request the request being answered
     * @return a {@link Response} or any handler result (see {@link Handler})
     * @throws Exception another exception, which is answered as an unhandled one (500)
     */
    Object handle(E exception, Request request) throws Exception;
}
