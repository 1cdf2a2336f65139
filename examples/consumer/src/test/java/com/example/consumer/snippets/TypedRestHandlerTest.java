package com.example.consumer.snippets;

import static com.example.consumer.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed handler answers typed REST events with typed responses. */
class TypedRestHandlerTest {
    private final TypedRestHandler handler = new TypedRestHandler();

    private static APIGatewayProxyRequestEvent event(String method, String path, String body) {
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(path)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body);
    }

    @Test
    void createsThenReadsAnOrder() {
        APIGatewayProxyResponseEvent created =
                handler.handleRequest(event("POST", "/orders", "{\"item\":\"tea\",\"quantity\":1}"), null);
        assertEquals(201, created.getStatusCode());
        String id = tree(created.getBody()).path("id").asText();
        assertEquals(List.of("/orders/" + id), created.getMultiValueHeaders().get("Location"));

        APIGatewayProxyResponseEvent read = handler.handleRequest(event("GET", "/orders/" + id, null), null);
        assertEquals(200, read.getStatusCode());
        assertEquals(tree("{\"id\":\"" + id + "\",\"item\":\"tea\",\"quantity\":1,\"status\":\"open\"}"),
                tree(read.getBody()));
        // REST (v1) answers carry multiValueHeaders only.
        assertNull(read.getHeaders());
        assertEquals(List.of("application/json"), read.getMultiValueHeaders().get("Content-Type"));
    }
}
