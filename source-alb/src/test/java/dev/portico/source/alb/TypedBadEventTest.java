package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed entry point answers events it cannot decode with a 400 in the event's header mode. */
class TypedBadEventTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AlbResolver APP = app();

    private static AlbResolver app() {
        Resolver.TypedBuilder<AlbResolver> b = AlbResolver.builder().debug(false);
        b.any("/x", r -> r.method());
        return b.build();
    }

    private static ApplicationLoadBalancerRequestEvent event(String method, boolean multi) {
        ApplicationLoadBalancerRequestEvent e = new ApplicationLoadBalancerRequestEvent();
        e.setHttpMethod(method);
        e.setPath("/x");
        if (multi) {
            e.setMultiValueHeaders(Map.of("x-a", List.of("1")));
        }
        return e;
    }

    private static void assert400(String message, ApplicationLoadBalancerResponseEvent r, boolean multi) throws Exception {
        assertEquals(400, r.getStatusCode());
        assertEquals("400 Bad Request", r.getStatusDescription());
        if (multi) {
            assertEquals(Map.of("Content-Type", List.of("application/json")), r.getMultiValueHeaders());
        } else {
            assertEquals(Map.of("Content-Type", "application/json"), r.getHeaders());
        }
        assertEquals(MAPPER.readTree("{\"statusCode\":400,\"message\":\"" + message + "\"}"), MAPPER.readTree(r.getBody()));
    }

    @Test
    void malformedTypedEventsAre400() throws Exception {
        for (boolean multi : new boolean[] {false, true}) {
            assert400("The ALB event has no httpMethod", APP.handleRequest(event(null, multi), null), multi);
            assert400("The ALB event has no httpMethod", APP.handleRequest(event("", multi), null), multi);
            assert400("The ALB event's httpMethod is not a valid HTTP method",
                    APP.handleRequest(event("G E T", multi), null), multi);
        }
        assert400("No event", APP.handleRequest(null, null), false);
    }

    @Test
    void aWellFormedTypedEventIsStillRouted() {
        ApplicationLoadBalancerResponseEvent r = APP.handleRequest(event("delete", true), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("DELETE", r.getBody());
    }
}
