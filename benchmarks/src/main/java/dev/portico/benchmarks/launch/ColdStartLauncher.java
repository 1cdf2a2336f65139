package dev.portico.benchmarks.launch;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fresh JVM's first Lambda invocation, as the Java runtime does it: load and initialize the
 * handler class by name, create it with its no-argument constructor, call
 * {@link RequestStreamHandler#handleRequest} with the event bytes, then report.
 *
 * <p>Usage: {@code java -cp ... ColdStartLauncher <handler class> <event.json> [--lean] [--warm N]}.
 * With {@code --warm N}, after the first response is measured (and the CPU time read) the handler
 * answers the event {@code N} more times and the report adds {@code second=} (the second invocation)
 * and {@code warm=} (the median of the last half of them), in nanoseconds: what {@code prime()} is
 * compared with.
 */
public final class ColdStartLauncher {

    private ColdStartLauncher() {
    }

    /**
     * @param args the handler class name, the event file, and optionally {@code --lean}
     * @throws Exception when the handler fails: the harness then reports the run as failed
     */
    public static void main(String[] args) throws Exception {
        long entered = System.nanoTime();
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ColdStartLauncher <handler class> <event.json> [--lean] [--warm N]");
        }
        boolean lean = false;
        int warm = 0;
        for (int i = 2; i < args.length; i++) {
            if ("--lean".equals(args[i])) {
                lean = true;
            } else if ("--warm".equals(args[i]) && i + 1 < args.length) {
                warm = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        byte[] event;
        try (InputStream in = new FileInputStream(args[1])) {
            event = in.readAllBytes();
        }
        // The runtime's objects exist before the handler is called: the context of the first
        // invocation (and its class) is made here, not in the timed first invocation.
        BenchContext firstContext = new BenchContext();
        Class<?> type = Class.forName(args[0]);
        RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
        long initialized = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event), out, firstContext);
        long responded = System.nanoTime();
        Responded.mark();
        long cpu = Measurement.cpuNanos();
        long[] again = new long[warm];
        for (int i = 0; i < warm; i++) {
            ByteArrayOutputStream o = new ByteArrayOutputStream(1024);
            long t = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(event), o, new BenchContext());
            again[i] = System.nanoTime() - t;
        }
        String extra = "";
        if (warm >= 2) {
            long second = again[0];
            long[] tail = java.util.Arrays.copyOfRange(again, warm / 2, warm);
            java.util.Arrays.sort(tail);
            extra = " second=" + second + " warm=" + tail[tail.length / 2];
        }
        Measurement.report(entered, initialized, responded, cpu, extra, out.toString(StandardCharsets.UTF_8), lean);
    }
}
