package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide quotes this module's code: every fenced block of {@code docs/guide/*.md} preceded by a
 * marker line {@code <!-- snippet: path#tag -->} must equal the region of that file between the
 * lines holding {@code tag::tag[]} and {@code end::tag[]} (lines of other tags left out), and a marker
 * without {@code #tag} quotes a whole file (the guide's JSON events and outputs, which the tests
 * compare with what the examples really answer). Common indentation is stripped on both sides.
 * Every {@code java} and {@code json} block needs a marker, and every tag in this module must be
 * quoted by the guide.
 */
class DocsSnippetsTest {
    /** The repository root, seen from this module's directory (where Maven runs the tests). */
    static final Path ROOT = Path.of("..", "..");
    static final Path GUIDE = ROOT.resolve("docs/guide");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
    /** A tag in a line comment ({@code //} or {@code <!--}), as the examples mark their regions. */
    private static final Pattern TAG = Pattern.compile("(?://|<!--)\\s*tag::([A-Za-z0-9_.-]+)\\[]");
    /** Languages whose blocks must be quoted from checked files. */
    private static final Set<String> CHECKED = Set.of("java", "json");

    /** A fenced block of a guide page and the marker before it, if any. */
    record Block(Path page, int line, String lang, String marker, String text) {
        String where() {
            return GUIDE.relativize(page) + ":" + line;
        }
    }

    @Test
    void everyQuotedBlockEqualsItsSource() {
        List<String> problems = new ArrayList<>();
        int quoted = 0;
        for (Block b : blocks()) {
            if (b.marker() == null) {
                if (CHECKED.contains(b.lang())) {
                    problems.add(b.where() + ": a " + b.lang() + " block without a <!-- snippet: ... --> marker");
                }
                continue;
            }
            quoted++;
            Matcher m = MARKER.matcher(b.marker());
            if (!m.matches()) {
                problems.add(b.where() + ": malformed marker " + b.marker());
                continue;
            }
            try {
                String expected = m.group(2) == null ? wholeFile(m.group(1)) : region(m.group(1), m.group(2));
                if (!expected.equals(b.text())) {
                    problems.add(b.where() + ": the block differs from " + m.group(1)
                            + (m.group(2) == null ? "" : "#" + m.group(2)) + "; it should read:\n" + expected);
                }
            } catch (IllegalArgumentException e) {
                problems.add(b.where() + ": " + e.getMessage());
            }
        }
        assertTrue(quoted >= 50, "expected the guide's quotes, found " + quoted);
        assertTrue(problems.isEmpty(), () -> String.join("\n\n", problems));
    }

    @Test
    void everyTagOfThisModuleIsQuoted() throws IOException {
        Set<String> quoted = new TreeSet<>();
        for (Block b : blocks()) {
            Matcher m = b.marker() == null ? null : MARKER.matcher(b.marker());
            if (m != null && m.matches() && m.group(2) != null) {
                quoted.add(m.group(1) + "#" + m.group(2));
            }
        }
        Set<String> unused = new TreeSet<>();
        Path module = ROOT.resolve("examples/guide");
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = TAG.matcher(read(file));
                while (m.find()) {
                    String key = "examples/guide/" + module.relativize(file).toString().replace('\\', '/') + "#" + m.group(1);
                    if (!quoted.contains(key)) {
                        unused.add(key);
                    }
                }
            }
        }
        try (Stream<String> lines = Files.lines(module.resolve("pom.xml"))) {
            lines.map(TAG::matcher).filter(Matcher::find).map(m -> "examples/guide/pom.xml#" + m.group(1))
                    .filter(key -> !quoted.contains(key)).forEach(unused::add);
        }
        assertEquals(Set.of(), unused, "tags no page of docs/guide quotes");
    }

    @Test
    void linesAndIndentationAreReadAsTheGuideNeeds() {
        assertEquals(List.of("a", "b"), lines("a\nb\n"));
        assertEquals("x\n  y", stripIndent(List.of("    x", "      y")));
        assertEquals("x\n\ny", stripIndent(List.of("  x", "", "  y")));
    }

    /** @return every fenced block of every page, with the marker line just before it */
    static List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = lines(read(page));
            for (int i = 0; i < lines.size(); i++) {
                Matcher open = FENCE.matcher(lines.get(i));
                if (!open.matches()) {
                    continue;
                }
                int start = i;
                List<String> body = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).strip().equals("```")) {
                    body.add(lines.get(i));
                    i++;
                }
                String before = start > 0 ? lines.get(start - 1).strip() : "";
                String marker = before.startsWith("<!-- snippet:") ? before : null;
                out.add(new Block(page, start + 1, open.group(2), marker, stripIndent(body)));
            }
        }
        return out;
    }

    /** @return the guide's pages, and the README, whose quick start is quoted from this module too */
    static List<Path> pages() {
        try (Stream<Path> files = Files.list(GUIDE)) {
            List<Path> pages = new java.util.ArrayList<>(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            assertTrue(pages.size() > 1, "no guide pages in " + GUIDE.toAbsolutePath());
            pages.add(ROOT.resolve("README.md"));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String wholeFile(String path) {
        Path file = ROOT.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + path);
        }
        return stripIndent(lines(read(file)));
    }

    private static String region(String path, String tag) {
        Path file = ROOT.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + path);
        }
        List<String> lines = lines(read(file));
        String open = "tag::" + tag + "[]";
        String close = "end::" + tag + "[]";
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(open)) {
                if (start >= 0) {
                    throw new IllegalArgumentException(path + " has tag " + tag + " twice");
                }
                start = i;
            } else if (lines.get(i).contains(close)) {
                end = i;
            }
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(path + " has no region tag::" + tag + "[] ... end::" + tag + "[]");
        }
        List<String> region = new ArrayList<>();
        for (String line : lines.subList(start + 1, end)) {
            if (!line.contains("tag::") && !line.contains("end::")) {
                region.add(line);
            }
        }
        return stripIndent(region);
    }

    /** Removes the indentation all non-blank lines share, trailing blanks and leading/trailing empty lines. */
    static String stripIndent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** @return the lines of a text, without the empty one after a final line break */
    static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return List.of(t.split("\n", -1));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
