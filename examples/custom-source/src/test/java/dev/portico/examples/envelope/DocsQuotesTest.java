package dev.portico.examples.envelope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/custom-event-source.md} quotes this example's code: each fenced block preceded by
 * {@code <!-- quote: path -->} must appear, line for line, in that file (path from the repository root).
 */
class DocsQuotesTest {
    /** The repository root, seen from this module's directory (where Maven runs the tests). */
    private static final Path ROOT = Path.of("..", "..");
    private static final Pattern QUOTE = Pattern.compile(
            "<!-- quote: (\\S+) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyQuoteMatchesItsFile() throws IOException {
        String doc = read(ROOT.resolve("docs/custom-event-source.md"));
        Matcher m = QUOTE.matcher(doc);
        List<String> stale = new ArrayList<>();
        int quotes = 0;
        while (m.find()) {
            quotes++;
            Path file = ROOT.resolve(m.group(1));
            if (!Files.isRegularFile(file) || !read(file).contains(m.group(2))) {
                stale.add(m.group(1) + ":\n" + m.group(2));
            }
        }
        assertTrue(quotes >= 10, "expected the guide's quotes, found " + quotes);
        assertTrue(stale.isEmpty(), () -> "quotes no longer in their files (update docs/custom-event-source.md):\n"
                + String.join("\n---\n", stale));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
