package dev.portico.examples.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SAM templates, checked against the rules of {@code cfn-lint} and SAM that a Portico function
 * can break (cfn-lint itself is not installable here: Debian does not package it and PyPI is not
 * reachable): the header (E1001), {@code Runtime} one Lambda still creates (E2533: {@code java17}
 * no longer; {@code java21}, {@code java25}), a {@code Handler} of Java's form naming a class in the
 * deployed jar with that method, {@code CodeUri} naming the jar the build makes, {@code MemorySize}
 * 128 to 10,240 MB and {@code Timeout} 1 to 900 s (E3034), {@code Architectures} {@code x86_64} or
 * {@code arm64} (E3030), and {@code SnapStart} only with a Java runtime and {@code PublishedVersions}.
 */
class SamTemplatesTest {
    static final Set<String> RUNTIMES = Set.of("java21", "java25");
    private static final Pattern HANDLER = Pattern.compile("([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)(?:::([A-Za-z_$][\\w$]*))?");

    private static List<String> check(SamTemplate template, Path jar) throws Exception {
        List<String> problems = new ArrayList<>();
        if (!"'2010-09-09'".equals(template.header().get("AWSTemplateFormatVersion"))
                && !"2010-09-09".equals(template.header().get("AWSTemplateFormatVersion"))) {
            problems.add("AWSTemplateFormatVersion is not 2010-09-09");
        }
        if (!"AWS::Serverless-2016-10-31".equals(template.header().get("Transform"))) {
            problems.add("Transform is not AWS::Serverless-2016-10-31");
        }
        if (template.functions().isEmpty()) {
            problems.add("no AWS::Serverless::Function");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Map.Entry<String, Map<String, String>> f : template.functions().entrySet()) {
                String name = f.getKey();
                Map<String, String> p = f.getValue();
                if (!RUNTIMES.contains(p.get("Runtime"))) {
                    problems.add(name + ": Runtime " + p.get("Runtime") + " is not one of " + RUNTIMES);
                }
                if (!("target/" + jar.getFileName()).equals(p.get("CodeUri"))) {
                    problems.add(name + ": CodeUri " + p.get("CodeUri") + " is not target/" + jar.getFileName());
                }
                int memory = Integer.parseInt(p.getOrDefault("MemorySize", "128"));
                if (memory < 128 || memory > 10240) {
                    problems.add(name + ": MemorySize " + memory + " is outside 128..10240");
                }
                int timeout = Integer.parseInt(p.getOrDefault("Timeout", "3"));
                if (timeout < 1 || timeout > 900) {
                    problems.add(name + ": Timeout " + timeout + " is outside 1..900");
                }
                for (String arch : p.getOrDefault("Architectures", "x86_64").split(",")) {
                    if (!arch.equals("x86_64") && !arch.equals("arm64")) {
                        problems.add(name + ": Architectures has " + arch);
                    }
                }
                if (p.containsKey("SnapStart") && !p.containsKey("AutoPublishAlias")) {
                    problems.add(name + ": SnapStart applies to published versions: set AutoPublishAlias");
                }
                checkHandler(name, p.get("Handler"), loader, problems);
            }
        }
        return problems;
    }

    private static void checkHandler(String name, String handler, ClassLoader loader, List<String> problems) {
        Matcher m = HANDLER.matcher(handler == null ? "" : handler);
        if (!m.matches()) {
            problems.add(name + ": Handler " + handler + " is not package.Class::method");
            return;
        }
        String method = m.group(2) == null ? "handleRequest" : m.group(2);
        try {
            Class<?> type = Class.forName(m.group(1), false, loader);
            boolean found = false;
            for (Method candidate : type.getMethods()) {
                found |= candidate.getName().equals(method) && (candidate.getParameterCount() == 2
                        || candidate.getParameterCount() == 3);
            }
            if (!found) {
                problems.add(name + ": " + m.group(1) + " has no public " + method + " handler method");
            }
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(name + ": Handler class " + m.group(1) + " is not in the jar (" + e + ")");
        }
    }

    @Test
    void examplesTemplatesPass() throws Exception {
        assertEquals(List.of(), check(SamTemplate.read(Path.of("template.yaml")),
                Path.of(System.getProperty("portico.lambda.jar"))));
        assertEquals(List.of(), check(SamTemplate.read(Path.of("../todo-app/template.yaml")),
                Path.of(System.getProperty("portico.todo.lambda.jar"))));
    }

    /** The consumer example is a separate build: its handler is checked against its sources. */
    @Test
    void consumerTemplatePasses() throws Exception {
        SamTemplate template = SamTemplate.read(Path.of("../consumer/template.yaml"));
        for (Map<String, String> p : template.functions().values()) {
            assertTrue(RUNTIMES.contains(p.get("Runtime")), p::toString);
            String type = p.get("Handler").substring(0, p.get("Handler").indexOf("::"));
            assertTrue(Files.isRegularFile(Path.of("../consumer/src/main/java", type.replace('.', '/') + ".java")), type);
            assertTrue(p.get("CodeUri").startsWith("target/portico-consumer-"), p::toString);
        }
    }

    @Test
    void rulesCatchWhatCfnLintWould() throws Exception {
        SamTemplate bad = SamTemplate.parse(List.of(
                "AWSTemplateFormatVersion: '2010-09-09'",
                "Transform: AWS::Serverless-2016-10-31",
                "Resources:",
                "  Fn:",
                "    Type: AWS::Serverless::Function",
                "    Properties:",
                "      CodeUri: target/other.jar",
                "      Handler: dev.portico.examples.runtime.Missing::handleRequest",
                "      Runtime: java17",
                "      MemorySize: 64",
                "      Timeout: 901",
                "      Architectures:",
                "        - ppc64",
                "      SnapStart:",
                "        ApplyOn: PublishedVersions"));
        Path jar = Path.of(System.getProperty("portico.lambda.jar"));
        List<String> problems = check(bad, jar);
        assertEquals(List.of("Fn: Runtime java17 is not one of " + RUNTIMES,
                "Fn: CodeUri target/other.jar is not target/" + jar.getFileName(),
                "Fn: MemorySize 64 is outside 128..10240", "Fn: Timeout 901 is outside 1..900",
                "Fn: Architectures has ppc64", "Fn: SnapStart applies to published versions: set AutoPublishAlias"),
                problems.subList(0, 6));
        assertTrue(problems.get(6).startsWith("Fn: Handler class dev.portico.examples.runtime.Missing is not in the jar"),
                problems::toString);
    }

    /** Templates quoted in the docs name a runtime Lambda still creates. */
    @Test
    void docsNameCreatableRuntimes() throws IOException {
        List<String> bad = new ArrayList<>();
        Pattern runtime = Pattern.compile("Runtime:\\s*([A-Za-z0-9.]+)");
        try (Stream<Path> files = Files.walk(Path.of("../../docs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher m = runtime.matcher(Files.readString(file));
                while (m.find()) {
                    if (!RUNTIMES.contains(m.group(1))) {
                        bad.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
