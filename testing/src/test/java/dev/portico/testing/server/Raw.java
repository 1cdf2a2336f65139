package dev.portico.testing.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 over a socket: what goes on the wire, byte for byte, with no client parsing it. */
final class Raw {
    private Raw() {
    }

    /**
     * Sends bytes and reads until the server closes the connection (or 5 s pass).
     *
     * @param port the server's port
     * @param request the request, sent as ISO-8859-1 bytes
     * @return everything the server wrote, as ISO-8859-1 (one char per byte)
     */
    static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return readAll(s.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // whatever arrived is the answer
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** @return a GET with {@code Connection: close} */
    static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    /** @return how often {@code part} occurs in {@code s} */
    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
