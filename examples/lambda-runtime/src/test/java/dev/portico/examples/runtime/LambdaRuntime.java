package dev.portico.examples.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One function under the real AWS Lambda Runtime Interface Client, in a child JVM started the way the
 * managed Java runtime starts it: {@code java -cp <task root>:<RIC jars> AWSLambda <handler>}, with
 * the deployment jar unpacked into the task root ({@code /var/task}: also the working directory and
 * {@code LAMBDA_TASK_ROOT}), the RIC and its dependencies as the runtime's {@code /var/runtime/lib},
 * and the handler also in {@code _HANDLER}. Its Runtime API is a {@link FakeRuntimeApi}; {@link #close()} always kills the JVM.
 */
final class LambdaRuntime implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String AWS_LAMBDA = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    final FakeRuntimeApi api;
    private final Process process;
    private final Path log;

    private LambdaRuntime(FakeRuntimeApi api, Process process, Path log) {
        this.api = api;
        this.process = process;
        this.log = log;
    }

    /**
     * @param taskRoot the unpacked deployment jar
     * @param handler the handler string, as in the SAM template
     * @param env extra environment variables (log format, level)
     * @return the started runtime
     */
    static LambdaRuntime start(Path taskRoot, String handler, Map<String, String> env) throws IOException {
        FakeRuntimeApi api = new FakeRuntimeApi();
        try {
            Path logs = Files.createDirectories(Path.of("target", "lambda-runtime-logs"));
            Path log = logs.resolve(handler.replaceAll("[^A-Za-z0-9.]", "_") + ".log");
            ProcessBuilder pb = new ProcessBuilder(childJava(), "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                    "-Xshare:auto", "-cp", taskRoot + File.pathSeparator + runtimeClassPath(), AWS_LAMBDA, handler);
            pb.directory(taskRoot.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("POWERTOOLS_")
                    || k.equals("JAVA_TOOL_OPTIONS"));
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            pb.environment().put("_HANDLER", handler);
            pb.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
            pb.environment().put("LAMBDA_RUNTIME_DIR", Path.of(System.getProperty("portico.ric.lib")).toString());
            pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", "portico-test");
            pb.environment().put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
            pb.environment().put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/portico-test");
            pb.environment().put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/06/[$LATEST]0123456789abcdef");
            pb.environment().put("AWS_REGION", "us-east-1");
            pb.environment().put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
            pb.environment().putAll(env);
            pb.redirectErrorStream(true);
            pb.redirectOutput(log.toFile());
            return new LambdaRuntime(api, pb.start(), log);
        } catch (IOException | RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** @return the java executable: {@code portico.childJava} if set, else the running JVM's */
    static String childJava() {
        String configured = System.getProperty("portico.childJava", "");
        if (!configured.isBlank()) {
            return configured;
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String runtimeClassPath() throws IOException {
        Path lib = Path.of(System.getProperty("portico.ric.lib", "target/runtime-lib"));
        List<String> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
        }
        if (jars.stream().noneMatch(j -> j.contains("runtime-interface-client"))) {
            throw new IllegalStateException("the RIC is not in " + lib + ": build with mvn package");
        }
        return String.join(File.pathSeparator, jars);
    }

    /**
     * Unpacks a deployment jar as Lambda does: every entry under the task root (an entry already
     * there, from a jar unpacked before, is kept).
     *
     * @param jar the jar
     * @param taskRoot an empty directory
     * @return the task root
     */
    static Path unpack(Path jar, Path taskRoot) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                Path target = taskRoot.resolve(entry.getName()).normalize();
                if (!target.startsWith(taskRoot)) {
                    throw new IOException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return taskRoot;
    }

    /**
     * @param event an event's JSON
     * @return the runtime's answer
     */
    FakeRuntimeApi.Answer invoke(String event) throws Exception {
        if (!process.isAlive()) {
            throw new AssertionError("the runtime exited with " + process.exitValue() + ":\n" + output());
        }
        try {
            return api.invoke(event, TIMEOUT);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer within " + TIMEOUT + ":\n" + output(), e);
        }
    }

    /** @return what the runtime printed so far (its stdout and stderr: the function's log) */
    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws Exception {
        try {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } finally {
            api.close();
        }
    }
}
