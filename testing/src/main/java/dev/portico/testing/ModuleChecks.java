package dev.portico.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks for Portico modules and plugin modules, made to be called from their tests.
 *
 * <p>A plugin is found on the module path through {@code provides} in {@code module-info} and on the
 * class path (where AWS Lambda loads functions) through {@code META-INF/services}; the two lists must
 * agree, which {@link #assertServicesAgree(Path)} checks. Failures are {@link AssertionError}s, so
 * the checks work with any test framework.
 */
public final class ModuleChecks {
    /** The system property naming the path the tests run on: {@code module} or {@code class}. */
    public static final String PATH_PROPERTY = "portico.path";
    private static final String SERVICES = "META-INF/services";

    private ModuleChecks() {
    }

    /**
     * {@link #assertServicesAgree(Path)} on {@code target/classes}, the compiled main classes of the
     * module whose tests Maven is running.
     *
     * @throws AssertionError when they do not agree
     */
    public static void assertServicesAgree() {
        assertServicesAgree(Path.of("target", "classes"));
    }

    /**
     * Checks that the {@code provides} of {@code module-info.class} and the {@code META-INF/services}
     * files in a directory name the same services with the same implementations. Order does not
     * matter; blank lines and {@code #} comments in service files are ignored.
     *
     * @param classesDir a directory of compiled classes holding {@code module-info.class}
     * @throws AssertionError naming every service file or entry missing or extra on either side
     */
    public static void assertServicesAgree(Path classesDir) {
        Path moduleInfo = classesDir.resolve("module-info.class");
        if (!Files.isRegularFile(moduleInfo)) {
            throw new AssertionError("No module-info.class in " + classesDir);
        }
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            descriptor = ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            declared.put(p.service(), new TreeSet<>(p.providers()));
        }
        Map<String, Set<String>> listed = serviceFiles(classesDir.resolve(SERVICES));
        List<String> problems = compare(declared, listed);
        if (!problems.isEmpty()) {
            throw new AssertionError("module-info.class of " + descriptor.name() + " and " + SERVICES + " in "
                    + classesDir + " disagree:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> compare(Map<String, Set<String>> declared, Map<String, Set<String>> listed) {
        List<String> problems = new ArrayList<>();
        Set<String> services = new TreeSet<>(declared.keySet());
        services.addAll(listed.keySet());
        for (String service : services) {
            Set<String> provides = declared.get(service);
            Set<String> file = listed.get(service);
            if (provides == null) {
                problems.add(SERVICES + "/" + service + " lists " + file
                        + " but module-info has no 'provides " + service + "'");
            } else if (file == null) {
                problems.add("module-info provides " + service + " with " + provides
                        + " but there is no file " + SERVICES + "/" + service);
            } else {
                for (String impl : provides) {
                    if (!file.contains(impl)) {
                        problems.add(SERVICES + "/" + service + " is missing " + impl
                                + " (module-info provides it)");
                    }
                }
                for (String impl : file) {
                    if (!provides.contains(impl)) {
                        problems.add(SERVICES + "/" + service + " lists " + impl
                                + " but module-info does not provide it");
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, Set<String>> serviceFiles(Path dir) {
        Map<String, Set<String>> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Set<String> impls = new LinkedHashSet<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int hash = line.indexOf('#');
                    String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                    if (!entry.isEmpty()) {
                        impls.add(entry);
                    }
                }
                out.put(f.getFileName().toString(), impls);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Checks that tests run on the path they claim to: with system property {@value #PATH_PROPERTY}
     * {@code module} the class must be in a named module, with {@code class} in an unnamed one. Portico's
     * build runs every module's tests both ways; this catches a build that silently runs one way twice.
     * Does nothing when the property is not set (an IDE run, say).
     *
     * @param anyClass a class of the module under test
     * @throws AssertionError when the class is loaded the other way, or the property has another value
     */
    public static void assertLoadedAsExpected(Class<?> anyClass) {
        String expected = System.getProperty(PATH_PROPERTY);
        if (expected == null || expected.isEmpty()) {
            return;
        }
        Module module = anyClass.getModule();
        switch (expected) {
            case "module" -> {
                if (!module.isNamed()) {
                    throw new AssertionError(anyClass.getName() + " should be loaded from the module path ("
                            + PATH_PROPERTY + "=module) but is in the unnamed module");
                }
            }
            case "class" -> {
                if (module.isNamed()) {
                    throw new AssertionError(anyClass.getName() + " should be loaded from the class path ("
                            + PATH_PROPERTY + "=class) but is in module " + module.getName());
                }
            }
            default -> throw new AssertionError(PATH_PROPERTY + " is '" + expected + "': expected module or class");
        }
    }
}
