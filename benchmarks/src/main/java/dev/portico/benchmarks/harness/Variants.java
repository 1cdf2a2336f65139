package dev.portico.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cold-start variants and their class paths, built from the benchmark module's dependencies so
 * that each JVM sees only what its deployment would carry (plus the launcher, which stands in for
 * the Lambda runtime and is not counted in the footprint). Every JVM variant exists once per Java
 * executable asked for; its name ends in {@code @<feature version>}, such as {@code portico-get@25}.
 */
public final class Variants {
    /** Lambda's Java defaults, and the serial collector a function of up to ~1.7 GB gets. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    /** The three measured events (API Gateway REST v1), by id: file and the answer every variant must give. */
    public static final Map<String, Event> EVENTS = new LinkedHashMap<>();

    /**
     * A measured event.
     *
     * @param id {@code get}, {@code post} or {@code typed}
     * @param title what it is, for the tables
     * @param file its file under {@code events/}
     * @param expected the answer every variant must give
     */
    public record Event(String id, String title, String file, Variant.Expected expected) {
    }

    static {
        EVENTS.put("get", new Event("get", "GET /todos/42", "get-todo.json",
                new Variant.Expected(200, "{\"id\":\"42\",\"title\":\"Todo 42\",\"done\":false}")));
        EVENTS.put("post", new Event("post", "POST /todos, body bound to a record", "post-todo.json",
                new Variant.Expected(201, "{\"id\":\"42\",\"title\":\"Write the benchmarks\",\"done\":false}")));
        EVENTS.put("typed", new Event("typed", "POST /todos, typed route with validation", "post-typed.json",
                new Variant.Expected(201, "{\"title\":\"Write the benchmarks\",\"priority\":3}")));
    }

    static final String LAUNCHER = "dev.portico.benchmarks.launch.ColdStartLauncher";
    static final String HELLO = "dev.portico.benchmarks.launch.HelloWorld";
    private static final String PKG = "dev.portico.benchmarks.";
    /** How many warm invocations follow the first in the variants that compare them ({@code --warm}). */
    static final int WARM_INVOCATIONS = 400;

    /** What the hand-written baseline deploys: Jackson and the Lambda interface. */
    static final List<String> BASELINE = List.of("com.fasterxml.jackson.core:jackson-databind",
            "com.amazonaws:aws-lambda-java-core");
    /** What a Portico REST function deploys (with everything these depend on). */
    static final List<String> PORTICO_REST = List.of("dev.portico:portico-core", "dev.portico:portico-source-apigw-rest",
            "com.fasterxml.jackson.core:jackson-databind", "com.amazonaws:aws-lambda-java-core");
    /** What a typed Portico REST function deploys. */
    static final List<String> PORTICO_TYPED = List.of("dev.portico:portico-core", "dev.portico:portico-source-apigw-rest",
            "dev.portico:portico-feature-openapi", "com.fasterxml.jackson.core:jackson-databind",
            "com.amazonaws:aws-lambda-java-core");
    static final List<String> OTHER_MODULES = List.of("dev.portico:portico-source-apigw-http",
            "dev.portico:portico-source-alb", "dev.portico:portico-source-function-url",
            "dev.portico:portico-source-vpc-lattice", "dev.portico:portico-feature-cors",
            "dev.portico:portico-feature-compress");
    /** The benchmark tooling's own dependencies (JMH), on no variant's class path. */
    static final List<String> TOOLING = List.of("org.openjdk.jmh:jmh-core", "net.sf.jopt-simple:jopt-simple",
            "org.apache.commons:commons-math3");

    /** The variants run.sh measures, in table order. */
    public static final List<String> DEFAULT = List.of("jvm-hello",
            "baseline-get", "portico-get", "node-get",
            "baseline-post", "portico-post", "node-post",
            "baseline-typed", "portico-typed", "node-typed",
            "portico-get-1000", "portico-post-primed", "portico-typed-primed");
    /** Every variant name: the default ones and the GET-only extras of earlier runs. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(DEFAULT);
        all.addAll(List.of("portico-get-detect", "portico-all", "spring"));
        ALL = List.copyOf(all);
    }

    private Variants() {
    }

    /**
     * @param benchDir the {@code benchmarks} folder
     * @param javas the {@code java} executables; each JVM variant is made once per executable
     * @param jvmOptions options for every JVM
     * @param names the variants wanted, without runtime suffix ({@code portico-post})
     * @return them, skipped ones included (with the reason): for each name, one per Java executable
     */
    public static List<Variant> create(Path benchDir, List<String> javas, List<String> jvmOptions, List<String> names) {
        Path classes = benchDir.resolve("target/classes");
        Dependencies deps = Dependencies.read(benchDir.resolve("target/dependencies.txt"));
        List<Variant> out = new ArrayList<>();
        for (String name : names) {
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("Unknown variant " + name + "; known: " + ALL);
            }
            if (name.startsWith("node-")) {
                out.add(node(benchDir, classes, name));
                continue;
            }
            for (String java : javas) {
                Jvm jvm = new Jvm(java, feature(java), jvmOptions);
                out.add(jvm(benchDir, classes, deps, jvm, name));
            }
        }
        return out;
    }

    /** The default Java executable: the running JVM's. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Jvm(String executable, String version, List<String> options) {
    }

    private static Variant jvm(Path benchDir, Path classes, Dependencies deps, Jvm jvm, String name) {
        String n = name + "@" + jvm.version();
        List<Path> rest = deps.closure(PORTICO_REST);
        List<Path> typed = deps.closure(PORTICO_TYPED);
        String restLabel = "Portico core + source-apigw-rest (ApiGatewayRestResolver, 10 routes)";
        return switch (name) {
            case "jvm-hello" -> java(n, "JVM hello world (reference)", "reference", "get", jvm, List.of(classes),
                    List.of(), HELLO, null, null, List.of());
            case "baseline-get", "baseline-post" -> java(n, "Hand-written RequestStreamHandler + Jackson (readTree; "
                            + "readValue of the record for the POST)", "baseline", event(name), jvm,
                    classpath(classes, deps.closure(BASELINE)), deployable(classes, "baseline", deps.closure(BASELINE)),
                    LAUNCHER, PKG + "baseline.JacksonTodoHandler", event(name), List.of());
            case "baseline-typed" -> java(n, "Hand-written RequestStreamHandler + Jackson (readValue of the record, "
                            + "constraints checked by hand)", "baseline", "typed", jvm,
                    classpath(classes, deps.closure(BASELINE)), deployable(classes, "baseline", deps.closure(BASELINE)),
                    LAUNCHER, PKG + "baseline.JacksonTypedHandler", "typed", List.of());
            case "portico-get", "portico-post" -> java(n, restLabel + (name.endsWith("post") ? ", request.body(Todo.class)" : ""),
                    "portico", event(name), jvm, classpath(classes, rest), deployable(classes, "portico", rest),
                    LAUNCHER, PKG + "portico.PorticoRestTodoHandler", event(name), warm(name));
            case "portico-get-1000" -> java(n, "Portico core + source-apigw-rest, 1,000 routes", "portico", "get", jvm,
                    classpath(classes, rest), deployable(classes, "portico", rest), LAUNCHER,
                    PKG + "portico.PorticoRest1000Handler", "get", List.of());
            case "portico-post-primed" -> java(n, "portico-post with Resolver.prime() in init", "portico", "post", jvm,
                    classpath(classes, rest), deployable(classes, "portico", rest), LAUNCHER,
                    PKG + "portico.PorticoPrimedHandler", "post", warm(name));
            case "portico-typed" -> java(n, "Portico core + source-apigw-rest + feature-openapi (typed @Post, @Body record "
                            + "with @Length and @Min)", "portico", "typed", jvm, classpath(classes, typed),
                    deployable(classes, "portico", typed), LAUNCHER, PKG + "portico.PorticoTypedHandler", "typed", warm(name));
            case "portico-typed-primed" -> java(n, "portico-typed with Resolver.prime() in init", "portico", "typed", jvm,
                    classpath(classes, typed), deployable(classes, "portico", typed), LAUNCHER,
                    PKG + "portico.PorticoTypedPrimedHandler", "typed", warm(name));
            case "portico-get-detect" -> java(n, "Portico core + source-apigw-rest (Resolver.builder(), detection)", "portico",
                    "get", jvm, classpath(classes, rest), deployable(classes, "portico", rest), LAUNCHER,
                    PKG + "portico.PorticoTodoHandler", "get", List.of());
            case "portico-all" -> allModules(n, deps, classes, jvm);
            case "spring" -> spring(n, benchDir, classes, jvm);
            default -> throw new IllegalArgumentException("Unknown variant " + name);
        };
    }

    private static String event(String name) {
        return name.substring(name.lastIndexOf('-') + 1);
    }

    private static List<String> warm(String name) {
        return name.startsWith("portico-post") || name.startsWith("portico-typed")
                ? List.of("--warm", String.valueOf(WARM_INVOCATIONS)) : List.of();
    }

    /**
     * @param java a {@code java} executable
     * @return its feature version ({@code 17}, {@code 25}), from {@code java -version}
     */
    static String feature(String java) {
        String text = Processes.version(java, "-version");
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(java + " -version printed no version: " + text);
        }
        return m.group(1);
    }

    private static Variant allModules(String name, Dependencies deps, Path classes, Jvm jvm) {
        String label = "Portico, every module on the class path (Resolver.builder(), detection)";
        for (String module : OTHER_MODULES) {
            if (!deps.has(module)) {
                return Variant.skipped(name, label, module + " is not a dependency: build with -Pbench (run.sh does)");
            }
        }
        List<Path> jars = deps.allExcept(TOOLING);
        return java(name, label, "portico", "get", jvm, classpath(classes, jars), deployable(classes, "portico", jars),
                LAUNCHER, PKG + "portico.PorticoTodoHandler", "get", List.of());
    }

    private static Variant spring(String name, Path benchDir, Path classes, Jvm jvm) {
        String label = "aws-serverless-java-container-springboot3 2.1.5 (Spring Boot 3.4)";
        Path springClasses = benchDir.resolve("spring/target/classes");
        Path cpFile = benchDir.resolve("spring/target/classpath.txt");
        if (!Files.isRegularFile(cpFile) || !Files.isDirectory(springClasses)) {
            return Variant.skipped(name, label, "not built: run benchmarks/run.sh --spring (builds spring/)");
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
        return java(name, label, "spring", "get", jvm, cp, deployable, LAUNCHER,
                "dev.portico.benchmarks.spring.StreamLambdaHandler", "get", List.of());
    }

    private static Variant node(Path benchDir, Path classes, String name) {
        String event = event(name);
        String label = "Powertools for AWS Lambda (TypeScript) event-handler 2.35.0, Node "
                + Processes.version("node", "--version") + ("typed".equals(event)
                ? " (validate middleware, zod schema)" : "");
        Path nodeDir = benchDir.resolve("node");
        if (!Files.isDirectory(nodeDir.resolve("node_modules/@aws-lambda-powertools/event-handler"))) {
            return Variant.skipped(name, label, "not installed: run benchmarks/run.sh (npm ci in node/)");
        }
        String app = "typed".equals(event) ? "app-typed.mjs" : "app.mjs";
        return new Variant(name, label, "node", event, "node",
                List.of("node", "--expose-gc", "invoke.mjs", app, eventFile(classes, event)), nodeDir,
                List.of(nodeDir.resolve(app), nodeDir.resolve("package.json"), nodeDir.resolve("node_modules")),
                false, EVENTS.get(event).expected(), null);
    }

    private static String eventFile(Path classes, String event) {
        return classes.resolve("events/" + EVENTS.get(event).file()).toString();
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

    private static Variant java(String name, String label, String impl, String event, Jvm jvm, List<?> classpath,
                                List<?> deployable, String main, String handler, String answers, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(jvm.executable());
        command.addAll(jvm.options());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Object::toString).toList()));
        command.add(main);
        if (handler != null) {
            command.add(handler);
            command.add(eventFile(Path.of(classpath.get(0).toString()), event));
            command.addAll(extra);
        }
        List<Path> files = deployable.stream().map(o -> Path.of(o.toString())).toList();
        return new Variant(name, label + ", Java " + jvm.version(), impl, event, jvm.version(), List.copyOf(command),
                Path.of("."), files, true, answers == null ? null : EVENTS.get(answers).expected(), null);
    }
}
