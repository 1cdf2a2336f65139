package dev.portico.source.apigw.rest;

import static dev.portico.source.apigw.rest.TestEvents.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event under {@code <portico.fixtures>/events/}: REST v1 events (told apart by their shape)
 * are answered by the discovered {@code apigw-rest} source of an auto-detecting application; the
 * others are not recognized by it. Skipped when {@code portico.fixtures} is not set.
 */
class RestConformanceTest {

    /** REST v1 by shape: a {@code resource}, a string {@code httpMethod}, no ALB context, no 2.0 version. */
    private static boolean isRestV1(JsonNode event) {
        return event.path("resource").isTextual()
                && event.path("httpMethod").isTextual()
                && !event.path("requestContext").has("elb")
                && !"2.0".equals(event.path("version").asText());
    }

    @Test
    void restEventsGoToApigwRestAndOthersAreNotRecognized() throws IOException {
        String dir = System.getProperty("portico.fixtures", "");
        assumeFalse(dir.isBlank(), "portico.fixtures is not set");
        var b = Resolver.builder();
        b.any(".+", r -> Map.of("source", r.source(), "method", r.method(), "path", r.path()));
        Resolver app = b.build();
        assertTrue(app.sources().stream().anyMatch(s -> s.id().equals("apigw-rest")), app.sources().toString());

        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir, "events"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> rest = new ArrayList<>();
        List<String> others = new ArrayList<>();
        ApiGatewayRestSource source = new ApiGatewayRestSource();
        for (Path file : files) {
            String json = Files.readString(file);
            JsonNode event = tree(json);
            String name = file.getFileName().toString();
            if (isRestV1(event)) {
                rest.add(name);
                JsonNode response = tree(app.resolve(json, null));
                assertEquals(200, response.get("statusCode").asInt(), name);
                assertEquals(tree("{\"Content-Type\":[\"application/json\"]}"), response.get("multiValueHeaders"), name);
                assertFalse(response.get("isBase64Encoded").asBoolean(), name);
                JsonNode body = tree(response.get("body").asText());
                assertEquals("apigw-rest", body.get("source").asText(), name);
                assertEquals(event.get("httpMethod").asText(), body.get("method").asText(), name);
                assertEquals(event.get("path").asText(), body.get("path").asText(), name);
            } else {
                others.add(name);
                assertFalse(source.recognizes(TestEvents.parse(json)), name);
            }
        }
        assertTrue(rest.size() >= 5, "REST events: " + rest);
        assertTrue(others.size() >= 5, "other events: " + others);
    }
}
