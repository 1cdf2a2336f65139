package dev.portico.core.internal;

import dev.portico.api.ContentTypes;
import dev.portico.api.ExceptionHandler;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.ServiceError;
import dev.portico.api.JsonCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    private final ClassValue<Object> lookup = new ClassValue<>() {
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
    };

    ExceptionMapper(Map<Class<? extends Throwable>, ExceptionHandler<?>> handlers, boolean debug, JsonCodec json) {
        this.handlers = Map.copyOf(handlers);
        this.debug = debug;
        this.json = json;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Response handle(Throwable t, Request request) {
        Object h = handlers.isEmpty() ? NONE : lookup.get(t.getClass());
        if (h != NONE) {
            try {
                return Chain.toResponse(((ExceptionHandler) h).handle(t, request));
            } catch (ServiceError e) {
                return serviceError(e);
            } catch (Exception e) {
                e.addSuppressed(t);
                return unhandled(e, request);
            }
        }
        if (t instanceof ServiceError e) {
            return serviceError(e);
        }
        return unhandled(t, request);
    }

    Response serviceError(ServiceError e) {
        Object body = e.body();
        String json;
        try {
            json = new String(this.json.write(body), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ex) {
            json = "{\"statusCode\":" + e.statusCode() + ",\"message\":\"Error\"}";
        }
        return Response.of(e.statusCode(), ContentTypes.JSON, json);
    }

    Response unhandled(Throwable t, Request request) {
        Log.log(Level.ERROR, "Unhandled exception answering " + request.method() + " " + Log.safe(request.path())
                + " (request id " + Log.safe(request.requestId()) + ")", t, Log.fields(request));
        if (debug) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            return Response.of(500, ContentTypes.TEXT_PLAIN + "; charset=utf-8", trace.toString());
        }
        return serviceError(new dev.portico.api.InternalServerError());
    }
}
