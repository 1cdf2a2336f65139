package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.MAPPER;
import static dev.portico.source.apigw.rest.TestEvents.parse;
import static dev.portico.source.apigw.rest.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.core.Resolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Answers one event through each entry point of a resolver. */
final class Answers {
    private Answers() {
    }

    /** @return the response of {@link Resolver#resolve(String, com.amazonaws.services.lambda.runtime.Context)} */
    static JsonNode resolve(Resolver app, String event) {
        return tree(app.resolve(event, null));
    }

    /** @return the response of the stream entry point */
    static JsonNode stream(Resolver app, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            app.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree(out.toString(StandardCharsets.UTF_8));
    }

    /** @return the response of the typed entry point, as the JSON API Gateway would receive */
    static JsonNode typed(ApiGatewayRestResolver app, String event) {
        APIGatewayProxyResponseEvent r = app.handleRequest(RestEvents.fromJson(parse(event)), null);
        ObjectNode node = MAPPER.createObjectNode();
        node.put("statusCode", r.getStatusCode());
        node.set("multiValueHeaders", MAPPER.valueToTree(r.getMultiValueHeaders()));
        node.put("body", r.getBody());
        node.put("isBase64Encoded", r.getIsBase64Encoded());
        return node;
    }

    /**
     * @param response a response
     * @return a copy with its body parsed when it is a JSON object or array, so bodies compare as trees
     */
    static ObjectNode normalize(JsonNode response) {
        ObjectNode copy = response.deepCopy();
        String body = copy.path("body").asText("");
        if (body.startsWith("{") || body.startsWith("[")) {
            copy.set("body", tree(body));
        }
        return copy;
    }

    /** @return the response, after checking that the three entry points answer the same */
    static JsonNode all(ApiGatewayRestResolver app, String event) {
        JsonNode resolved = resolve(app, event);
        assertEquals(resolved, stream(app, event), "stream entry point");
        assertEquals(resolved, typed(app, event), "typed entry point");
        return resolved;
    }
}
