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
 * <p>Usage: {@code java -cp ... ColdStartLauncher <handler class> <event.json> [--lean]}.
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
            throw new IllegalArgumentException("usage: ColdStartLauncher <handler class> <event.json> [--lean]");
        }
        byte[] event;
        try (InputStream in = new FileInputStream(args[1])) {
            event = in.readAllBytes();
        }
        Class<?> type = Class.forName(args[0]);
        RequestStreamHandler handler = (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
        long initialized = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
        long responded = System.nanoTime();
        Responded.mark();
        Measurement.report(entered, initialized, responded, out.toString(StandardCharsets.UTF_8),
                args.length > 2 && "--lean".equals(args[2]));
    }
}
