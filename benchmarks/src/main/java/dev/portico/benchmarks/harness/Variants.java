package dev.portico.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold-start variants and their class paths, built from the benchmark module's dependencies so
 * that each JVM sees only what its deployment would carry (plus the launcher, which stands in for
 * the Lambda runtime and is not counted in the footprint).
 */
public final class Variants {
    /** Lambda's Java 17 defaults, and the serial collector a function of up to ~1.7 GB gets. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    static final String LAUNCHER = "dev.portico.benchmarks.launch.ColdStartLauncher";
    static final String HELLO = "dev.portico.benchmarks.launch.HelloWorld";
    static final List<String> JACKSON_AND_LAMBDA = List.of("com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-annotations",
            "com.amazonaws:aws-lambda-java-core");
    static final List<String> PORTICO_REST = List.of("dev.portico:portico-api", "dev.portico:portico-core",
            "dev.portico:portico-source-apigw-rest", "com.amazonaws:aws-lambda-java-events");
    static final List<String> OTHER_MODULES = List.of("dev.portico:portico-source-apigw-http",
            "dev.portico:portico-source-alb", "dev.portico:portico-source-function-url",
            "dev.portico:portico-source-vpc-lattice", "dev.portico:portico-feature-cors",
            "dev.portico:portico-feature-compress", "dev.portico:portico-feature-openapi");
    /** The benchmark tooling's own dependencies (JMH), on no variant's class path. */
    static final List<String> TOOLING = List.of("org.openjdk.jmh:jmh-core", "net.sf.jopt-simple:jopt-simple",
            "org.apache.commons:commons-math3");

    /** Every variant name, in table order. */
    public static final List<String> ALL = List.of("jvm-hello", "baseline", "portico-rest", "portico-rest-detect",
            "portico-all", "spring", "node");

    private Variants() {
    }

    /**
     * @param benchDir the {@code benchmarks} folder
     * @param jvmOptions options for every JVM
     * @param names the variants wanted
     * @return them, skipped ones included (with the reason)
     */
    public static List<Variant> create(Path benchDir, List<String> jvmOptions, List<String> names) {
        Path classes = benchDir.resolve("target/classes");
        Dependencies deps = Dependencies.read(benchDir.resolve("target/dependencies.txt"));
        String event = classes.resolve("events/get-todo.json").toString();
        List<Variant> out = new ArrayList<>();
        for (String name : names) {
            out.add(switch (name) {
                case "jvm-hello" -> java(name, "JVM hello world (reference)", jvmOptions, List.of(classes), List.of(),
                        HELLO, null, null, false);
                case "baseline" -> java(name, "Hand-written RequestStreamHandler + Jackson", jvmOptions,
                        classpath(classes, deps.select(JACKSON_AND_LAMBDA)),
                        deployable(classes, "baseline", deps.select(JACKSON_AND_LAMBDA)),
                        LAUNCHER, "dev.portico.benchmarks.baseline.JacksonTodoHandler", event, true);
                case "portico-rest" -> java(name, "Portico core + source-apigw-rest (ApiGatewayRestResolver)",
                        jvmOptions, classpath(classes, restJars(deps)), deployable(classes, "portico", restJars(deps)),
                        LAUNCHER, "dev.portico.benchmarks.portico.PorticoRestTodoHandler", event, true);
                case "portico-rest-detect" -> java(name, "Portico core + source-apigw-rest (Resolver.builder(), detection)",
                        jvmOptions, classpath(classes, restJars(deps)), deployable(classes, "portico", restJars(deps)),
                        LAUNCHER, "dev.portico.benchmarks.portico.PorticoTodoHandler", event, true);
                case "portico-all" -> allModules(deps, classes, jvmOptions, event);
                case "spring" -> spring(benchDir, classes, jvmOptions, event);
                case "node" -> node(benchDir, event);
                default -> throw new IllegalArgumentException("Unknown variant " + name + "; known: " + ALL);
            });
        }
        return out;
    }

    private static List<Path> restJars(Dependencies deps) {
        List<String> keys = new ArrayList<>(JACKSON_AND_LAMBDA);
        keys.addAll(PORTICO_REST);
        return deps.select(keys);
    }

    private static Variant allModules(Dependencies deps, Path classes, List<String> jvmOptions, String event) {
        String label = "Portico, every module on the class path (Resolver.builder(), detection)";
        for (String module : OTHER_MODULES) {
            if (!deps.has(module)) {
                return Variant.skipped("portico-all", label, module + " is not a dependency: build with -Pbench (run.sh does)");
            }
        }
        List<Path> jars = deps.allExcept(TOOLING);
        return java("portico-all", label, jvmOptions, classpath(classes, jars), deployable(classes, "portico", jars),
                LAUNCHER, "dev.portico.benchmarks.portico.PorticoTodoHandler", event, true);
    }

    private static Variant spring(Path benchDir, Path classes, List<String> jvmOptions, String event) {
        String label = "aws-serverless-java-container-springboot3 2.1.5 (Spring Boot 3.4)";
        Path springClasses = benchDir.resolve("spring/target/classes");
        Path cpFile = benchDir.resolve("spring/target/classpath.txt");
        if (!Files.isRegularFile(cpFile) || !Files.isDirectory(springClasses)) {
            return Variant.skipped("spring", label, "not built: run benchmarks/run.sh (builds spring/)");
        }
        List<String> jars;
        try {
            jars = List.of(Files.readString(cpFile).trim().split(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object> deployable = new ArrayList<>(jars);
        deployable.add(0, springClasses);
        List<Object> cp = new ArrayList<>(deployable);
        cp.add(0, classes);
        return java("spring", label, jvmOptions, cp, deployable, LAUNCHER,
                "dev.portico.benchmarks.spring.StreamLambdaHandler", event, true);
    }

    private static Variant node(Path benchDir, String event) {
        String label = "Powertools for AWS Lambda (TypeScript) event-handler 2.35.0, Node "
                + Processes.version("node", "--version");
        Path nodeDir = benchDir.resolve("node");
        if (!Files.isDirectory(nodeDir.resolve("node_modules/@aws-lambda-powertools/event-handler"))) {
            return Variant.skipped("node", label, "not installed: run benchmarks/run.sh (npm ci in node/)");
        }
        return new Variant("node", label, List.of("node", "--expose-gc", "invoke.mjs", event), nodeDir,
                List.of(nodeDir.resolve("app.mjs"), nodeDir.resolve("package.json"), nodeDir.resolve("node_modules")),
                false, true, null);
    }

    private static List<Object> classpath(Path classes, List<?> jars) {
        List<Object> cp = new ArrayList<>();
        cp.add(classes);
        cp.addAll(jars);
        return cp;
    }

    private static List<Object> deployable(Path classes, String appPackage, List<?> jars) {
        List<Object> files = new ArrayList<>();
        files.add(classes.resolve("dev/portico/benchmarks/" + appPackage));
        files.addAll(jars);
        return files;
    }

    private static Variant java(String name, String label, List<String> jvmOptions, List<?> classpath,
                                List<?> deployable, String main, String handler, String event, boolean answers) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Object::toString).toList()));
        command.add(main);
        if (handler != null) {
            command.add(handler);
            command.add(event);
        }
        List<Path> files = deployable.stream().map(o -> Path.of(o.toString())).toList();
        return new Variant(name, label, List.copyOf(command), Path.of("."), files, true, answers, null);
    }
}
