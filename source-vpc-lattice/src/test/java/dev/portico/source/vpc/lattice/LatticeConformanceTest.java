package dev.portico.source.vpc.lattice;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shared sample event that is a VPC Lattice event by shape is answered by a catch-all app with
 * discovered sources, through the right source; neither Lattice source recognizes any other sample.
 */
class LatticeConformanceTest {
    private static final VpcLatticeSource V1 = new VpcLatticeSource();
    private static final VpcLatticeV2Source V2 = new VpcLatticeV2Source();

    /** The shape, judged by key sets independently of the sources' own rules: "v1", "v2" or null. */
    private static String shape(JsonNode e) {
        if (e.has("raw_path") && e.has("method") && !e.has("version") && !e.has("httpMethod")) {
            return "v1";
        }
        if ("2.0".equals(e.path("version").asText()) && e.has("path") && e.has("method") && !e.has("rawPath")) {
            return "v2";
        }
        return null;
    }

    @Test
    void sampleEventsAreAnsweredByTheRightSource() throws IOException {
        Path events = Fixtures.folder("events");
        Resolver.Builder builder = Resolver.builder();
        builder.any(".+", r -> Map.of("method", r.method(), "path", r.path(), "source", r.source()));
        Resolver app = builder.build();
        List<String> seen = new ArrayList<>();
        for (Path file : Fixtures.jsonFiles(events)) {
            String text = Fixtures.read(file);
            JsonNode tree = ResourceEvents.tree(text);
            EventJson json = ResourceEvents.parse(text);
            String shape = shape(tree);
            String name = file.getFileName().toString();
            if (shape == null) {
                assertFalse(V1.recognizes(json), name);
                assertFalse(V2.recognizes(json), name);
                continue;
            }
            seen.add(shape);
            boolean v2 = shape.equals("v2");
            assertEquals(v2, V2.recognizes(json), name);
            assertEquals(!v2, V1.recognizes(json), name);
            JsonNode response = ResourceEvents.tree(app.resolve(text, null));
            assertEquals(200, response.get("statusCode").asInt(), name);
            assertTrue(response.has("statusDescription"), name);
            JsonNode body = ResourceEvents.tree(response.get("body").asText());
            assertEquals(v2 ? V2.id() : V1.id(), body.get("source").asText(), name);
            assertEquals(tree.get("method").asText(), body.get("method").asText(), name);
            assertEquals(tree.get(v2 ? "path" : "raw_path").asText(), body.get("path").asText(), name);
        }
        assertTrue(seen.contains("v1") && seen.contains("v2"), "samples of both versions: " + seen);
    }
}
