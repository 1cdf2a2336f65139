package dev.portico.core.internal;

import dev.portico.api.ContentTypes;
import dev.portico.api.ExceptionHandler;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.ServiceError;
import dev.portico.api.JsonCodec;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns exceptions into responses: the handler registered for the most specific supertype wins;
 * a {@link ServiceError} without a handler answers its status; anything else is logged once with the
 * request id and answered 500, with the stack trace in the body only in debug mode.
 */
final class ExceptionMapper {
    private static final Object NONE = new Object();
    private final Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers;
    private final boolean debug;
    private final JsonCodec json;
    private final boolean problemDetails;
    /** The handler for an exception class; {@code null} (not even loaded) when there are no handlers. */
    private final ClassValue<Object> lookup;

    ExceptionMapper(Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers, boolean debug, JsonCodec json,
                    boolean problemDetails) {
        this.handlers = handlers.isEmpty() ? Map.of() : Map.copyOf(handlers);
        this.debug = debug;
        this.json = json;
        this.problemDetails = problemDetails;
        this.lookup = this.handlers.isEmpty() ? null : new Lookup(this.handlers);
    }

    /** The most specific registered handler of an exception class, or {@link #NONE}. */
    private static final class Lookup extends ClassValue<Object> {
        private final Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers;

        Lookup(Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers) {
            this.handlers = handlers;
        }

        @Override
        protected Object computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                ExceptionHandler<?> h = handlers.get(c);
                if (h != null) {
                    return h;
                }
            }
            return NONE;
        }
    }

    /**
     * @return this mapping without the application's exception handlers (user code) and not in
     *     debug mode: the standard answers only, for {@link Priming}
     */
    ExceptionMapper withoutHandlers() {
        return new ExceptionMapper(Map.of(), false, json, problemDetails);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Response handle(Throwable t, Request request) {
        Object h = handlers.isEmpty() ? NONE : lookup.get(t.getClass());
        if (h != NONE) {
            try {
                return Chain.toResponse(((ExceptionHandler) h).handle(t, request));
            } catch (ServiceError e) {
                return serviceError(e, request);
            } catch (Throwable e) {
                // AssertionError, StackOverflowError and the rest from user code: the standard 500
                Engine.rethrowFatal(e);
                if (e != t) {
                    e.addSuppressed(t);
                }
                return unhandled(e, request);
            }
        }
        if (t instanceof ServiceError e) {
            return serviceError(e, request);
        }
        return unhandled(t, request);
    }

    Response serviceError(ServiceError e) {
        return serviceError(e, null);
    }

    /**
     * The answer to a {@link ServiceError} no exception handler took: its {@link ServiceError#body()}
     * as JSON, or an RFC 9457 problem when the application answers errors as Problem Details.
     *
     * @param request the request answered, or {@code null} when the event could not be decoded
     */
    Response serviceError(ServiceError e, Request request) {
        if (problemDetails) {
            return problem(e.statusCode(), () -> ProblemDetails.of(e, request));
        }
        Object body = e.body();
        String json;
        try {
            json = new String(this.json.write(body), StandardCharsets.UTF_8);
        } catch (Throwable ex) {
            // a custom serializer failing on an error body, even with a StackOverflowError
            Engine.rethrowFatal(ex);
            json = "{\"statusCode\":" + e.statusCode() + ",\"message\":\"Error\"}";
        }
        return Response.of(e.statusCode(), ContentTypes.JSON, json);
    }

    Response unhandled(Throwable t, Request request) {
        Log.log(Level.ERROR, "Unhandled exception answering " + request.method() + " " + Log.safe(request.path())
                + " (request id " + Log.safe(request.requestId()) + ")", t, Log.fields(request));
        if (debug) {
            String trace = Log.stackTrace(t);
            if (problemDetails) {
                return debugProblem(t, trace, request);
            }
            return Response.of(500, ContentTypes.TEXT_PLAIN + "; charset=utf-8", trace);
        }
        return serviceError(new dev.portico.api.InternalServerError(), request);
    }

    /** Debug mode only: the exception and its stack trace, as members of the 500 problem. */
    private Response debugProblem(Throwable t, String trace, Request request) {
        return problem(500, () -> {
            Map<String, Object> p = ProblemDetails.members(500, String.valueOf(t), request);
            p.put("stackTrace", trace);
            return p;
        });
    }

    private Response problem(int status, java.util.function.Supplier<Map<String, Object>> members) {
        String text;
        try {
            text = new String(json.write(members.get()), StandardCharsets.UTF_8);
        } catch (Throwable ex) {
            // a custom serializer failing on a problem body, even with a StackOverflowError
            Engine.rethrowFatal(ex);
            text = "{\"type\":\"about:blank\",\"status\":" + status + "}";
        }
        return Response.of(status, ProblemDetails.MEDIA_TYPE, text);
    }
}
