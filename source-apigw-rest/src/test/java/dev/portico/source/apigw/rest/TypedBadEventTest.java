package dev.portico.source.apigw.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed entry point answers an event it cannot decode with the same 400 as the stream entry point,
 * instead of throwing to the Lambda runtime (which API Gateway would turn into a 502).
 */
class TypedBadEventTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApiGatewayRestResolver APP = app();

    private static ApiGatewayRestResolver app() {
        Resolver.TypedBuilder<ApiGatewayRestResolver> b = ApiGatewayRestResolver.builder().debug(false);
        b.any("/x", r -> r.method());
        return b.build();
    }

    private static APIGatewayProxyRequestEvent event(String method) {
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withPath("/x");
    }

    private static void assert400(String message, APIGatewayProxyResponseEvent r) throws Exception {
        assertEquals(400, r.getStatusCode());
        assertEquals(Map.of("Content-Type", List.of("application/json")), r.getMultiValueHeaders());
        assertNull(r.getHeaders());
        assertEquals(MAPPER.readTree("{\"statusCode\":400,\"message\":\"" + message + "\"}"), MAPPER.readTree(r.getBody()));
    }

    @Test
    void malformedTypedEventsAre400() throws Exception {
        assert400("The API Gateway event has no httpMethod", APP.handleRequest(event(null), null));
        assert400("The API Gateway event has no httpMethod", APP.handleRequest(event(""), null));
        assert400("The API Gateway event's httpMethod is not a valid HTTP method", APP.handleRequest(event("G E T"), null));
        assert400("The API Gateway event's httpMethod is not a valid HTTP method",
                APP.handleRequest(event("GET\r\nX: 1"), null));
        assert400("No event", APP.handleRequest(null, null));
    }

    @Test
    void aWellFormedTypedEventIsStillRouted() {
        APIGatewayProxyResponseEvent r = APP.handleRequest(event("patch"), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("PATCH", r.getBody());
    }
}
