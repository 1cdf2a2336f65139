package dev.portico.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every public method of {@link Routes} has a Javadoc comment of its own (not only tags), and the
 * route shortcuts show an example: read from the source file, which the build has at hand.
 */
class RoutesJavadocTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/portico/api/Routes.java");
    private static final Set<String> SHORTCUTS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
            "any", "route");

    @Test
    void everyPublicMethodHasADescriptionAndTheShortcutsAnExample() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE);
        Set<String> documented = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("public ") || line.contains(" class ")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('(')).replaceAll(".*\\s", "");
            int end = i - 1;
            String above = lines.get(end).trim();
            if (above.startsWith("/**") && above.endsWith("*/")) {
                if (above.startsWith("/** @")) {
                    problems.add(name + ": the comment has no description");
                }
                documented.add(name);
                continue;
            }
            if (!above.equals("*/")) {
                problems.add(name + ": no Javadoc comment right above it");
                continue;
            }
            int start = end;
            while (!lines.get(start).trim().startsWith("/**")) {
                start--;
            }
            String comment = String.join("\n", lines.subList(start, end + 1));
            String description = lines.get(start + 1).trim();
            if (start == end || description.startsWith("* @") || description.equals("*")) {
                problems.add(name + ": the comment has no description");
            }
            if (SHORTCUTS.contains(name) && !comment.contains("<pre>{@code app." + name + "(")) {
                problems.add(name + ": no one-line example");
            }
            documented.add(name);
        }
        assertEquals(List.of(), problems);
        Set<String> reflected = new TreeSet<>();
        for (Method m : Routes.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                reflected.add(m.getName());
            }
        }
        assertEquals(reflected, documented, "every public method was looked at");
        assertTrue(documented.containsAll(SHORTCUTS));
    }
}
