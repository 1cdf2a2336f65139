package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.spi.EventJson;
import dev.portico.core.Resolver;
import dev.portico.testkit.Fixtures;
import dev.portico.testkit.ResourceEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shared sample event that is an ALB event by shape is answered by a catch-all app with
 * discovered sources, through the ALB source and in the event's header mode; the ALB source
 * recognizes no other sample.
 */
class AlbConformanceTest {
    private static final AlbSource ALB = new AlbSource();

    /** By shape, independently of the source's rule: a request context naming an ELB target group. */
    private static boolean isAlb(JsonNode e) {
        return e.path("requestContext").has("elb") && e.has("httpMethod");
    }

    @Test
    void sampleEventsAreAnsweredByTheAlbSource() throws IOException {
        Path events = Fixtures.folder("events");
        Resolver.Builder builder = Resolver.builder();
        builder.any(".+", r -> Map.of("method", r.method(), "path", r.path(), "source", r.source()));
        Resolver app = builder.build();
        int seen = 0;
        for (Path file : Fixtures.jsonFiles(events)) {
            String text = Fixtures.read(file);
            JsonNode tree = ResourceEvents.tree(text);
            EventJson json = ResourceEvents.parse(text);
            String name = file.getFileName().toString();
            if (!isAlb(tree)) {
                assertFalse(ALB.recognizes(json), name);
                continue;
            }
            seen++;
            assertTrue(ALB.recognizes(json), name);
            JsonNode response = ResourceEvents.tree(app.resolve(text, null));
            assertEquals(200, response.get("statusCode").asInt(), name);
            assertEquals("200 OK", response.get("statusDescription").asText(), name);
            boolean multi = tree.has("multiValueHeaders");
            assertEquals(multi, response.has("multiValueHeaders"), name);
            assertEquals(!multi, response.has("headers"), name);
            JsonNode body = ResourceEvents.tree(response.get("body").asText());
            assertEquals("alb", body.get("source").asText(), name);
            assertEquals(tree.get("httpMethod").asText(), body.get("method").asText(), name);
            assertEquals(tree.get("path").asText(), body.get("path").asText(), name);
        }
        assertTrue(seen >= 2, "ALB samples seen: " + seen);
    }
}
