package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guides quote this example's code: a fenced block whose preceding lines name a file
 * {@code examples/consumer/...} must match that file. Each blank-line-separated part of the block must
 * appear in the file as consecutive lines (indentation ignored), so a quote may skip comments between
 * methods but not change a line.
 */
class DocsQuotesTest {
    private static final Path DOCS = Path.of("..", "..", "docs");
    private static final Pattern SOURCE = Pattern.compile("`examples/consumer/([\\w./-]+)`");

    @Test
    void runningOnLambdaQuotesMatch() throws IOException {
        assertQuotesMatch("running-on-lambda.md", 7);
    }

    @Test
    void migrationQuotesMatch() throws IOException {
        assertQuotesMatch("migration.md", 1);
    }

    private static void assertQuotesMatch(String doc, int expectedQuotes) throws IOException {
        Path file = DOCS.resolve(doc);
        assumeTrue(Files.isRegularFile(file), "not inside the Portico repository: no " + file);
        List<String> lines = Files.readAllLines(file);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
                continue;
            }
            int end = i + 1;
            while (!lines.get(end).startsWith("```")) {
                end++;
            }
            String source = sourceNamedBefore(lines, i);
            if (source != null) {
                List<String> quoted = lines.subList(i + 1, end);
                List<String> actual = Files.readAllLines(Path.of(source));
                for (List<String> part : parts(quoted)) {
                    assertTrue(containsConsecutive(actual, part),
                            doc + " line " + (i + 1) + ": not in examples/consumer/" + source + ":\n" + part);
                }
                checked++;
            }
            i = end;
        }
        assertTrue(checked >= expectedQuotes, doc + ": only " + checked + " quotes found");
    }

    /** The file named in the three lines before a fence, relative to this project, or null. */
    private static String sourceNamedBefore(List<String> lines, int fence) {
        for (int j = fence - 1; j >= Math.max(0, fence - 3); j--) {
            if (lines.get(j).startsWith("```")) {
                return null;
            }
            Matcher m = SOURCE.matcher(lines.get(j));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<List<String>> parts(List<String> block) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : block) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    parts.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static boolean containsConsecutive(List<String> file, List<String> part) {
        for (int start = 0; start + part.size() <= file.size(); start++) {
            boolean all = true;
            for (int k = 0; k < part.size() && all; k++) {
                all = file.get(start + k).strip().equals(part.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
