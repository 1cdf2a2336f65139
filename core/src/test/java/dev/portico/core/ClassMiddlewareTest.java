package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import org.junit.jupiter.api.Test;

class ClassMiddlewareTest {

    /** Powertools' class-based middleware example: the header to read is configuration. */
    static final class CorrelationIdMiddleware implements Middleware {
        private final String header;

        CorrelationIdMiddleware(String header) {
            this.header = header;
        }

        @Override
        public Response handle(Request request, Next next) throws Exception {
            String id = request.header(header) != null ? request.header(header) : request.requestId();
            request.appendContext("correlation_id", id);
            return next.handle(request).toBuilder().header(header, id).build();
        }
    }

    @Test
    void classBasedMiddlewaresTakeConfiguration() {
        var b = Resolver.builder().discover(false).register(new FakeSource());
        b.get("/todos", r -> r.context().get("correlation_id")).middleware(new CorrelationIdMiddleware("X-Trace"));
        b.get("/other", r -> r.context().get("correlation_id")).middleware(new CorrelationIdMiddleware("X-Other"));
        Resolver app = b.build();
        JsonNode r = Fake.req("GET", "/todos").header("x-trace", "t-1").send(app);
        assertEquals("t-1", r.get("body").asText());
        assertEquals("t-1", r.get("headers").get("X-Trace").get(0).asText());
        JsonNode other = Fake.req("GET", "/other").header("x-trace", "t-1").header("X-Other", "o-2").send(app);
        assertEquals("o-2", other.get("body").asText());
    }
}
