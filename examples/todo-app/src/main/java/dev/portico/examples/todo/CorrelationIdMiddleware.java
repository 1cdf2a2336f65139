package dev.portico.examples.todo;

import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import java.util.Objects;
import java.util.UUID;

/**
 * Gives every request a correlation id: the one the caller sent in the configured header (when it is
 * a plausible id), else a new UUID. The id is put in the request context for handlers and loggers and
 * sent back in the same response header. Class-based: its configuration comes through the
 * constructor, and it holds no per-request state.
 */
public final class CorrelationIdMiddleware implements Middleware {
    /** The request context key holding the id. */
    public static final String CONTEXT_KEY = "correlationId";
    /** The header used when none is configured. */
    public static final String DEFAULT_HEADER = "X-Correlation-Id";

    private final String header;

    /** Uses {@value #DEFAULT_HEADER}. */
    public CorrelationIdMiddleware() {
        this(DEFAULT_HEADER);
    }

    /** @param header the request and response header carrying the id */
    public CorrelationIdMiddleware(String header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    /** @return the header carrying the id */
    public String header() {
        return header;
    }

    @Override
    public Response handle(Request request, Next next) throws Exception {
        String id = request.header(header);
        if (!plausible(id)) {
            id = UUID.randomUUID().toString();
        }
        request.appendContext(CONTEXT_KEY, id);
        Response response = next.handle(request);
        return response.toBuilder().setHeader(header, id).build();
    }

    /**
     * @param request a request this middleware saw
     * @return its correlation id, or {@code null} when the middleware did not run (a CORS pre-flight)
     */
    public static String id(Request request) {
        Object id = request.context().get(CONTEXT_KEY);
        return id == null ? null : id.toString();
    }

    /** Ids from callers are kept when short and made of safe characters, so they cannot inject anything. */
    private static boolean plausible(String id) {
        if (id == null || id.isEmpty() || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}
