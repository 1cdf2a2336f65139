package dev.portico.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The local server's timeouts close connections that stall: a request whose headers or body never
 * finish, a connection that sends nothing, a client that never reads its answer. The JDK server reads
 * its timeouts once per JVM, so the server runs in a JVM of its own (Java's source launcher, the same
 * jars), with 1 s request, 2 s response and 1 s idle timeouts.
 */
class ServerTimeoutsTest {
    private static final String MAIN = """
            import dev.portico.core.Resolver;
            import dev.portico.server.LocalServer;
            import java.time.Duration;

            public class TimeoutsMain {
                public static void main(String[] args) throws Exception {
                    var b = Resolver.builder();
                    b.get("/ping", r -> "pong");
                    b.get("/big", r -> "x".repeat(8 << 20));
                    b.post("/upload", r -> r.bodyBytes().length);
                    LocalServer s = LocalServer.builder(b.build()).port(0).requestTimeout(Duration.ofSeconds(1))
                            .responseTimeout(Duration.ofSeconds(2)).idleTimeout(Duration.ofSeconds(1)).build().start();
                    System.out.println("port=" + s.port());
                    System.out.flush();
                    System.in.read();
                    s.stop(Duration.ZERO);
                }
            }
            """;

    @Test
    void stalledConnectionsAreClosedAfterTheirTimeout() throws Exception {
        Path dir = Files.createTempDirectory("portico-timeouts");
        Path main = Files.writeString(dir.resolve("TimeoutsMain.java"), MAIN);
        String cp = System.getProperty("java.class.path") + File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", cp, main.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                if (line.startsWith("port=")) {
                    port = Integer.parseInt(line.substring(5));
                }
            }
            assertTrue(port > 0, "the child server did not start");
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // the child is gone
                }
            });
            drain.setDaemon(true);
            drain.start();

            assertClosedWithin(port, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Half: ", 1, 5);
            assertClosedWithin(port, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc", 1, 5);
            assertClosedWithin(port, null, 1, 5);
            try (Socket s = socket(port, 4096)) {
                s.getOutputStream().write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                Thread.sleep(6000);
                s.setSoTimeout(5000);
                long got = s.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                assertTrue(got < 8 << 20, "a client that never read got the whole answer (" + got + " bytes)");
            }
            String wire = Raw.exchange(port, Raw.get("/ping"));
            assertTrue(wire.startsWith("HTTP/1.1 200 ") && wire.endsWith("pong"), wire);
        } finally {
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Sends a stalled request and checks the server closes the connection between min and max seconds. */
    private static void assertClosedWithin(int port, String send, int min, int max) throws IOException {
        try (Socket s = socket(port, 0)) {
            long t = System.nanoTime();
            if (send != null) {
                s.getOutputStream().write(send.getBytes(StandardCharsets.ISO_8859_1));
            }
            s.setSoTimeout(max * 1000 + 2000);
            int read;
            try {
                read = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                read = -1;
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            assertEquals(-1, read, "the server answered instead of closing: " + send);
            assertTrue(seconds >= min * 0.9 && seconds <= max, "closed after " + seconds + " s: " + send);
        }
    }

    private static Socket socket(int port, int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0) {
            s.setReceiveBufferSize(receiveBuffer);
        }
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        return s;
    }
}
