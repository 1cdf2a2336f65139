package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guide's relative links lead somewhere: each linked file exists and each {@code #anchor} of a
 * Markdown page is one of its headings (GitHub's slugs); every page is listed in the index.
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : DocsSnippetsTest.pages()) {
            Matcher m = LINK.matcher(withoutCode(DocsSnippetsTest.read(page)));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                    continue;
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page.getFileName() + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(page.getFileName() + ": " + target + " (no such heading)");
                }
            }
        }
        assertTrue(links > 50, "expected the guide's links, found " + links);
        assertEquals(List.of(), broken);
    }

    @Test
    void theIndexListsEveryPage() {
        String index = DocsSnippetsTest.read(DocsSnippetsTest.GUIDE.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        for (Path page : DocsSnippetsTest.pages()) {
            String name = page.getFileName().toString();
            if (!name.equals("README.md") && !index.contains("](" + name + ")")) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("head-and-405", slug("HEAD and 405"));
        assertEquals("the-typed-aws-event", slug("The typed AWS event"));
        assertEquals("json-schema-validation", slug("JSON Schema validation"));
        assertEquals("class-path-and-module-path", slug("Class path and module path"));
        assertEquals("1-the-module", slug("1. The module"));
    }

    /** @return the anchors of a Markdown file's headings */
    static Set<String> anchors(Path file) {
        Set<String> out = new HashSet<>();
        if (!file.toString().endsWith(".md")) {
            return out;
        }
        for (String line : DocsSnippetsTest.lines(withoutCode(DocsSnippetsTest.read(file)))) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                out.add(slug(m.group(1)));
            }
        }
        return out;
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        StringBuilder sb = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    /** @return the text with fenced code blocks blanked, so their lines are neither links nor headings */
    static String withoutCode(String text) {
        StringBuilder sb = new StringBuilder();
        boolean code = false;
        for (String line : DocsSnippetsTest.lines(text)) {
            if (line.strip().startsWith("```")) {
                code = !code;
                sb.append('\n');
                continue;
            }
            sb.append(code ? "" : line).append('\n');
        }
        return sb.toString();
    }
}
