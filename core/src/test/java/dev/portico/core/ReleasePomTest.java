package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a release publishes carries what Maven Central requires: every published POM has a name and a
 * description, and inherits (from the parent) or, for the BOM, declares the license, SCM, developers
 * and URL; a LICENSE file is at the root; the release profile attaches sources and javadoc jars.
 */
class ReleasePomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> UNPUBLISHED = List.of("benchmarks", "examples");

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    private static String section(String pom, String tag) {
        Matcher m = Pattern.compile("<" + tag + "(?:\\s[^>]*)?>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(pom);
        return m.find() ? m.group(1).strip() : null;
    }

    private static List<String> metadataProblems(String name, String pom) {
        List<String> problems = new ArrayList<>();
        for (String tag : List.of("url", "licenses", "developers", "scm")) {
            if (section(pom, tag) == null) {
                problems.add(name + " has no <" + tag + ">");
            }
        }
        String license = section(pom, "licenses");
        if (license != null && !license.contains("<name>Apache License, Version 2.0</name>")) {
            problems.add(name + ": license is not Apache-2.0");
        }
        return problems;
    }

    @Test
    void parentAndBomCarryTheReleaseMetadata() throws IOException {
        String parent = read(ROOT.resolve("pom.xml"));
        String bom = read(ROOT.resolve("bom/pom.xml"));
        assertEquals(List.of(), metadataProblems("pom.xml", parent));
        assertEquals(List.of(), metadataProblems("bom/pom.xml", bom));
        String path = section(parent, "portico.scm.path");
        assertEquals(section(parent, "scm").replace("${portico.scm.path}", path), section(bom, "scm"),
                "the BOM's SCM is the parent's");
        assertEquals(section(parent, "licenses"), section(bom, "licenses"));
        assertTrue(read(ROOT.resolve("LICENSE")).contains("Apache License\n                           Version 2.0"));
    }

    @Test
    void everyPublishedModuleHasANameAndDescription() throws IOException {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        List<String> problems = new ArrayList<>();
        while (m.find()) {
            String module = m.group(1);
            if (UNPUBLISHED.contains(module)) {
                String pom = read(ROOT.resolve(module).resolve("pom.xml"));
                if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                    problems.add(module + " is not published: set maven.deploy.skip");
                }
                continue;
            }
            String pom = read(ROOT.resolve(module).resolve("pom.xml"));
            for (String tag : List.of("name", "description")) {
                String value = section(pom, tag);
                if (value == null || value.isBlank()) {
                    problems.add(module + " has no <" + tag + ">");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void releaseProfileAttachesSourcesAndJavadoc() throws IOException {
        String profile = section(read(ROOT.resolve("pom.xml")), "profiles");
        assertTrue(profile.contains("<id>release</id>"), profile);
        assertTrue(profile.contains("<goal>jar-no-fork</goal>") && profile.contains("maven-source-plugin"), profile);
        assertTrue(profile.contains("maven-javadoc-plugin") && profile.contains("<goal>jar</goal>"), profile);
    }
}
