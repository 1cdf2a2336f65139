package dev.portico.source.apigw.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed entry point answers an event it cannot decode with the same 400 as the stream entry point,
 * instead of throwing to the Lambda runtime (which API Gateway would turn into a 500).
 */
class TypedBadEventTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ApiGatewayHttpResolver APP = app();

    private static ApiGatewayHttpResolver app() {
        Resolver.TypedBuilder<ApiGatewayHttpResolver> b = ApiGatewayHttpResolver.builder().debug(false);
        b.any("/x", r -> r.method() + " " + r.queryParams().asMap());
        return b.build();
    }

    private static APIGatewayV2HTTPEvent event(String method, String rawQuery) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setRequestContext(context);
        e.setRawPath("/x");
        e.setRawQueryString(rawQuery);
        return e;
    }

    private static void assert400(String message, APIGatewayV2HTTPResponse r) throws Exception {
        assertEquals(400, r.getStatusCode());
        assertEquals(Map.of("Content-Type", "application/json"), r.getHeaders());
        assertEquals(List.of(), r.getCookies());
        assertEquals(MAPPER.readTree("{\"statusCode\":400,\"message\":\"" + message + "\"}"), MAPPER.readTree(r.getBody()));
    }

    @Test
    void malformedTypedEventsAre400() throws Exception {
        assert400("Malformed percent-encoding in query string: '%' at index 0 is not followed by two hex digits",
                APP.handleRequest(event("GET", "q=%zz"), null));
        assert400("The event has no requestContext.http.method", APP.handleRequest(event(null, null), null));
        assert400("The event's requestContext.http.method is not a valid HTTP method",
                APP.handleRequest(event("G E T", null), null));
        assert400("No event", APP.handleRequest(null, null));
        assert400("The event has no requestContext.http.method", APP.handleRequest(new APIGatewayV2HTTPEvent(), null));
    }

    @Test
    void aWellFormedTypedEventIsStillRouted() {
        APIGatewayV2HTTPResponse r = APP.handleRequest(event("foo", "q=a%20b"), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("FOO {q=[a b]}", r.getBody());
    }
}
