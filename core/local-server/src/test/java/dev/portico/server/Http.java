package dev.portico.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real HTTP client for the server tests: the JDK's {@link HttpURLConnection} (in {@code java.base},
 * so the tests also run on the module path, where core does not read {@code java.net.http}).
 */
final class Http {

    /**
     * A response.
     *
     * @param status the status code
     * @param headers the headers, names compared case-insensitively
     * @param body the body bytes
     */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name, List.of());
        }

        String first(String name) {
            List<String> v = all(name);
            return v.isEmpty() ? null : v.get(0);
        }
    }

    private Http() {
    }

    static Reply get(URI base, String path, String... headers) throws IOException {
        return send(base, "GET", path, null, null, headers);
    }

    /**
     * @param headers name, value, name, value...; a repeated name is sent as several header lines
     */
    static Reply send(URI base, String method, String path, String contentType, byte[] body, String... headers)
            throws IOException {
        @SuppressWarnings("deprecation") // new URL(String) keeps malformed escapes, which URI refuses
        java.net.URL url = new java.net.URL(base + path);
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(20000);
        for (int i = 0; i < headers.length; i += 2) {
            c.addRequestProperty(headers[i], headers[i + 1]);
        }
        if (body != null) {
            c.setDoOutput(true);
            if (contentType != null) {
                c.setRequestProperty("Content-Type", contentType);
            }
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        c.getHeaderFields().forEach((k, v) -> {
            if (k != null) {
                h.put(k, v);
            }
        });
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
        if (in != null) {
            in.close();
        }
        return new Reply(status, h, bytes);
    }
}
