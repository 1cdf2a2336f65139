package dev.portico.examples.guide;

import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import java.util.Objects;

// tag::class[]
/**
 * Puts a correlation id in the request context and the response: the one the caller sent in the
 * configured header, else the request id. Configured through its constructor; holds no per-request
 * state, as one instance serves concurrent requests.
 */
public final class CorrelationIdMiddleware implements Middleware {
    /** The request context key holding the id. */
    public static final String CONTEXT_KEY = "correlationId";
    private final String header;

    /** @param header the request and response header carrying the id */
    public CorrelationIdMiddleware(String header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    @Override
    public Response handle(Request request, Next next) throws Exception {
        String id = request.header(header);
        if (id == null) {
            id = request.requestId();
        }
        request.appendContext(CONTEXT_KEY, id);
        Response response = next.handle(request);
        return response.toBuilder().setHeader(header, id).build();
    }
}
// end::class[]
