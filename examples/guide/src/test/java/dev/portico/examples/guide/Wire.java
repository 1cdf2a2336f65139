package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import dev.portico.testing.TestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the guide's JSON files (events and outputs under {@code src/test/resources/guide}, quoted by
 * the guide) and compares what the examples answer with them.
 */
final class Wire {
    static final ObjectMapper M = new ObjectMapper();
    /** Where the guide's JSON files are; Maven runs the tests in the module's directory. */
    static final Path DIR = Path.of("src", "test", "resources", "guide");

    private Wire() {
    }

    /** @return the text of a guide JSON file, e.g. {@code getting-started/rest-event.json} */
    static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return JSON text parsed */
    static JsonNode tree(String json) {
        try {
            return M.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    /** @return what the application answers to the event in a guide file */
    static String answer(Resolver app, String eventFile) {
        return app.resolve(read(eventFile), new TestContext());
    }

    /**
     * Asserts that the JSON an application wrote equals a guide file: the same tree, so the same
     * fields and values (strings, such as a JSON body, compared exactly).
     */
    static void assertMatches(String expectedFile, String actualJson) {
        Path file = DIR.resolve(expectedFile);
        if (!Files.exists(file) && Boolean.getBoolean("guide.record")) {
            record(file, actualJson);
        }
        assertEquals(tree(read(expectedFile)), tree(actualJson), () -> expectedFile + " differs from\n" + actualJson);
    }

    /**
     * With {@code -Dguide.record=true}, writes a missing expected file from the actual output, one
     * field per line, and fails all the same: review the file, then run the tests again.
     */
    private static void record(Path file, String actualJson) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, format(tree(actualJson)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("Recorded " + file + ": review it and run the tests again");
    }

    /** @return an object with one field per line, the values compact (long objects one entry per line) */
    static String format(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return compact(node);
        }
        StringBuilder sb = new StringBuilder("{\n");
        var fields = node.properties().iterator();
        while (fields.hasNext()) {
            var f = fields.next();
            String value = compact(f.getValue());
            if (value.length() > 100 && f.getValue().isObject()) {
                StringBuilder nested = new StringBuilder("{\n");
                var entries = f.getValue().properties().iterator();
                while (entries.hasNext()) {
                    var e = entries.next();
                    nested.append("    ").append(M.getNodeFactory().textNode(e.getKey())).append(": ")
                            .append(compact(e.getValue())).append(entries.hasNext() ? ",\n" : "\n");
                }
                value = nested.append("  }").toString();
            }
            sb.append("  ").append(M.getNodeFactory().textNode(f.getKey())).append(": ").append(value);
            sb.append(fields.hasNext() ? ",\n" : "\n");
        }
        return sb.append('}').toString();
    }

    private static String compact(JsonNode node) {
        if (node.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            var fields = node.properties().iterator();
            while (fields.hasNext()) {
                var f = fields.next();
                sb.append(M.getNodeFactory().textNode(f.getKey())).append(": ").append(compact(f.getValue()));
                if (fields.hasNext()) {
                    sb.append(", ");
                }
            }
            return sb.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(compact(node.get(i)));
            }
            return sb.append(']').toString();
        }
        return node.toString();
    }
}
