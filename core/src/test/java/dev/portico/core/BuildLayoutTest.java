package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Checks the build's layout from the sources: the BOM lists every published module with no parent
 * and no scopes, and in every jar module {@code module-info.java} and {@code META-INF/services} declare
 * the same providers (so plugins are found on the class path, where Lambda runs, as on the module path).
 */
class BuildLayoutTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> UNPUBLISHED = Set.of("bom", "benchmarks", "examples");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(portico-[^<]+)</artifactId>");
    private static final Pattern PROVIDES = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([\\w.,\\s]+);");

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
    }

    private static List<String> modules() {
        List<String> out = new ArrayList<>();
        Matcher m = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bomListsEveryPublishedModuleWithoutParentOrScopes() {
        String bom = read(ROOT.resolve("bom/pom.xml"));
        assertFalse(bom.contains("<parent>"), "the BOM must not have a parent");
        assertFalse(bom.contains("<scope>"), "the BOM must not set scopes");
        Set<String> listed = new TreeSet<>();
        Matcher a = ARTIFACT.matcher(bom);
        while (a.find()) {
            listed.add(a.group(1));
        }
        listed.remove("portico-bom");
        Set<String> published = new TreeSet<>();
        for (String module : modules()) {
            if (!UNPUBLISHED.contains(module)) {
                Matcher own = ARTIFACT.matcher(read(ROOT.resolve(module).resolve("pom.xml")).split("</parent>", 2)[1]);
                assertTrue(own.find(), module + "/pom.xml has no portico-* artifactId");
                published.add(own.group(1));
            }
        }
        assertEquals(published, listed);
        String version = read(ROOT.resolve("pom.xml")).split("<version>")[1].split("</version>")[0];
        assertFalse(bom.replace("<version>" + version + "</version>", "").contains("<version>"),
                "every BOM entry must have the project's version " + version);
    }

    @Test
    void moduleInfoAndServiceFilesAgreeInEveryModule() throws IOException {
        int checked = 0;
        for (String module : modules()) {
            Path main = ROOT.resolve(module).resolve("src/main");
            Path info = main.resolve("java/module-info.java");
            if (!Files.isDirectory(main.resolve("java"))) {
                continue;
            }
            if (UNPUBLISHED.contains(module)) {
                continue;
            }
            assertTrue(Files.exists(info), module + " has Java sources but no module-info.java");
            Set<String> fromModuleInfo = new TreeSet<>();
            Matcher m = PROVIDES.matcher(read(info).replaceAll("//[^\n]*", ""));
            while (m.find()) {
                for (String impl : m.group(2).split(",")) {
                    fromModuleInfo.add(m.group(1) + " -> " + impl.trim());
                }
            }
            Set<String> fromServices = new TreeSet<>();
            Path services = main.resolve("resources/META-INF/services");
            if (Files.isDirectory(services)) {
                try (Stream<Path> files = Files.list(services)) {
                    for (Path f : files.toList()) {
                        for (String line : Files.readAllLines(f)) {
                            String impl = line.replaceAll("#.*", "").trim();
                            if (!impl.isEmpty()) {
                                fromServices.add(f.getFileName() + " -> " + impl);
                            }
                        }
                    }
                }
            }
            assertEquals(fromModuleInfo, fromServices, module + ": module-info.java provides and META-INF/services "
                    + "must list the same providers");
            checked++;
        }
        assertTrue(checked >= 2, "expected to check the jar modules, checked " + checked);
    }
}
