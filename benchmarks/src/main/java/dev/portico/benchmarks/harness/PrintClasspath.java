package dev.portico.benchmarks.harness;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a class path for {@code run.sh}: {@code harness} (everything the benchmark module has, to
 * run the harness) or {@code jmh} (the typed Portico class path: core, the REST source and
 * feature-openapi, plus JMH, so the JMH benchmarks measure that configuration and discover no other
 * plugin; feature-openapi stays out of the way of applications without typed routes).
 *
 * <p>Usage: {@code PrintClasspath harness|jmh [--bench-dir dir]}.
 */
public final class PrintClasspath {

    private PrintClasspath() {
    }

    /**
     * @param args which class path, then options
     */
    public static void main(String[] args) {
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Path benchDir = Path.of(new Args(rest).get("--bench-dir", ".")).toAbsolutePath().normalize();
        Dependencies deps = Dependencies.read(benchDir.resolve("target/dependencies.txt"));
        List<String> cp = new ArrayList<>();
        cp.add(benchDir.resolve("target/classes").toString());
        switch (args[0]) {
            case "harness" -> deps.allExcept(List.of()).forEach(p -> cp.add(p.toString()));
            case "jmh" -> {
                List<String> keys = new ArrayList<>(Variants.PORTICO_TYPED);
                keys.addAll(Variants.TOOLING);
                deps.closure(keys).forEach(p -> cp.add(p.toString()));
            }
            default -> throw new IllegalArgumentException("harness or jmh, not " + args[0]);
        }
        System.out.println(String.join(File.pathSeparator, cp));
    }
}
