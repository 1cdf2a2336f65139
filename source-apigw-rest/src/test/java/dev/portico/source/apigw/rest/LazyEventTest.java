package dev.portico.source.apigw.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The typed event is built only when a handler asks for it, and once per request. */
class LazyEventTest {

    /** {@link ApiGatewayRestSource}, counting the calls of its typed-event suppliers. */
    static final class CountingSource implements EventSource {
        final ApiGatewayRestSource rest = new ApiGatewayRestSource();
        final AtomicInteger built = new AtomicInteger();

        @Override
        public String id() {
            return rest.id();
        }

        @Override
        public boolean recognizes(EventJson event) {
            return rest.recognizes(event);
        }

        @Override
        public SourceRequest decode(EventJson event) {
            SourceRequest r = rest.decode(event);
            SourceRequest.Builder b = SourceRequest.builder(r.source()).method(r.method()).path(r.path())
                    .headers(r.headers()).queryParams(r.queryParams()).body(r.body(), r.base64Encoded())
                    .requestId(r.requestId()).sourceIp(r.sourceIp());
            return b.event(() -> {
                built.incrementAndGet();
                return r.event().get();
            }).build();
        }

        @Override
        public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
            rest.encode(response, request, out);
        }
    }

    @Test
    void builtOnlyOnDemandAndOnce() {
        CountingSource source = new CountingSource();
        var b = Resolver.builder().source(source);
        b.get("/plain", r -> "plain");
        b.get("/typed", r -> {
            APIGatewayProxyRequestEvent first = r.event(APIGatewayProxyRequestEvent.class);
            assertSame(first, r.event());
            return first.getPath();
        });
        Resolver app = b.build();

        app.resolve("{\"httpMethod\":\"GET\",\"path\":\"/plain\"}", null);
        app.resolve("{\"httpMethod\":\"GET\",\"path\":\"/missing\"}", null);
        assertEquals(0, source.built.get());

        String out = app.resolve("{\"httpMethod\":\"GET\",\"path\":\"/typed\"}", null);
        assertEquals(1, source.built.get());
        assertEquals("/typed", TestEvents.tree(out).get("body").asText());
    }
}
