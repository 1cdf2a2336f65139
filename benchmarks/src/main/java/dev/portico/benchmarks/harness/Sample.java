package dev.portico.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * One cold start: what one fresh process reported.
 *
 * @param wallNanos from just before the process was started to its first response being complete
 * @param startNanos of which from the process start to {@code main} (the runtime's own start)
 * @param initNanos of which loading, initializing and creating the handler (static initializers)
 * @param firstNanos of which the first invocation
 * @param cpuNanos CPU time the process had used by then (all its threads: JIT and GC included)
 * @param heapBytes heap used after the first response and a {@code System.gc()}, or -1
 * @param classes classes the JVM had loaded when it reported (its management classes included), or -1
 * @param secondNanos the second invocation, when the launcher ran with {@code --warm}, else -1
 * @param warmNanos the median warm invocation, when the launcher ran with {@code --warm}, else -1
 * @param response the response JSON the process wrote
 */
public record Sample(long wallNanos, long startNanos, long initNanos, long firstNanos, long cpuNanos, long heapBytes,
                     long classes, long secondNanos, long warmNanos, String response) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Reads the {@code BENCH} and {@code RESPONSE} lines of a launcher's output.
     *
     * @param outcome the finished process
     * @param expected the answer the variant must give, or {@code null} (the reference answers nothing)
     * @return the sample
     * @throws IllegalStateException when the process failed or answered something else
     */
    static Sample parse(Processes.Outcome outcome, Variant.Expected expected) {
        String bench = null;
        String response = null;
        for (String line : outcome.stdout().split("\n")) {
            if (line.startsWith("BENCH ")) {
                bench = line.substring(6);
            } else if (line.startsWith("RESPONSE ")) {
                response = line.substring(9);
            }
        }
        if (outcome.exitCode() != 0 || bench == null) {
            throw new IllegalStateException("The process failed (exit " + outcome.exitCode() + "):\n" + tail(outcome.stderr())
                    + "\n" + tail(outcome.stdout()));
        }
        Map<String, Long> values = new java.util.HashMap<>();
        for (String pair : bench.trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
        }
        if (expected != null) {
            check(response, expected);
        }
        long entered = values.get("entered");
        long initialized = values.get("initialized");
        long responded = values.get("responded");
        return new Sample(responded - outcome.started(), entered - outcome.started(), initialized - entered,
                responded - initialized, values.get("cpu"), values.get("heap"),
                values.get("classes"), values.getOrDefault("second", -1L), values.getOrDefault("warm", -1L), response);
    }

    private static void check(String response, Variant.Expected expected) {
        if (response == null) {
            throw new IllegalStateException("The process wrote no response");
        }
        try {
            JsonNode tree = MAPPER.readTree(response);
            JsonNode body = MAPPER.readTree(tree.path("body").asText());
            if (tree.path("statusCode").asInt() != expected.status() || !body.equals(MAPPER.readTree(expected.body()))) {
                throw new IllegalStateException("Unexpected response " + response + "; wanted status " + expected.status()
                        + " and body " + expected.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The response is not JSON: " + response, e);
        }
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }
}
