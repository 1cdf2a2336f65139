package dev.portico.server;

import com.sun.net.httpserver.HttpExchange;
import dev.portico.api.Headers;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts between the JDK HTTP server's exchanges and Portico's wire types: an HTTP request into the
 * {@link SourceRequest} an event source writes as an event, a {@link WireResponse} back into status,
 * headers and body bytes.
 */
final class HttpBridge {

    /** Thrown when the request body exceeds the configured limit (answered 413). */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int limit) {
            super("The request body exceeds " + limit + " bytes (Lambda's invocation payload limit is 6 MB)");
        }
    }

    private HttpBridge() {
    }

    /**
     * Reads an exchange's request.
     *
     * @param exchange the exchange
     * @param source the id of the source the request is written for
     * @param requestId the request id to report
     * @param maxBody the largest body accepted, in bytes
     * @return the request: raw (still percent-encoded) path, decoded query, every header value, the body
     *     as text when it is textual UTF-8 and as base64 otherwise
     * @throws IOException when reading fails or the body is too large
     * @throws dev.portico.api.BadRequestError when the query string is malformed
     */
    static SourceRequest request(HttpExchange exchange, String source, String requestId, int maxBody) throws IOException {
        URI uri = exchange.getRequestURI();
        Headers.Builder headers = Headers.builder();
        Map<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(exchange.getRequestHeaders());
        sorted.forEach(headers::addAll);
        Headers h = headers.build();
        byte[] body = readBody(exchange.getRequestBody(), maxBody);
        SourceRequest.Builder b = SourceRequest.builder(source)
                .method(exchange.getRequestMethod())
                .path(uri.getRawPath())
                .headers(h)
                .queryParams(Urls.parseQuery(uri.getRawQuery()))
                .requestId(requestId)
                .sourceIp(address(exchange.getRemoteAddress()));
        if (body.length > 0) {
            String text = isText(h.first("Content-Type")) ? utf8(body) : null;
            b.body(text != null ? text : Base64.getEncoder().encodeToString(body), text == null);
        }
        return b.build();
    }

    private static String address(InetSocketAddress remote) {
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }

    private static byte[] readBody(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max);
        if (bytes.length == max && in.read() >= 0) {
            throw new TooLarge(max);
        }
        return bytes;
    }

    /**
     * Whether a body of this content type travels as text (the rest is base64, as API Gateway does for
     * binary media types): no content type, {@code text/*}, JSON, XML, form data, JavaScript.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi < 0 ? t : t.substring(0, semi)).trim();
        return t.startsWith("text/") || t.endsWith("/json") || t.endsWith("+json") || t.endsWith("/xml")
                || t.endsWith("+xml") || t.equals("application/x-www-form-urlencoded")
                || t.equals("application/javascript") || t.equals("application/graphql");
    }

    /** @return the bytes as UTF-8 text, or {@code null} when they are not valid UTF-8 */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Sends a response: every header value as its own header line, each cookie as a
     * {@code Set-Cookie} line, the body decoded from base64 when it is. {@code Content-Length} and
     * {@code Transfer-Encoding} are the server's business and are not copied.
     *
     * @param exchange the exchange
     * @param response the response
     * @throws IOException when sending fails
     */
    static void send(HttpExchange exchange, WireResponse response) throws IOException {
        checkWritable(response);
        com.sun.net.httpserver.Headers out = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            String name = e.getKey();
            if (!"Content-Length".equalsIgnoreCase(name) && !"Transfer-Encoding".equalsIgnoreCase(name)) {
                for (String v : e.getValue()) {
                    out.add(name, v);
                }
            }
        }
        for (String cookie : response.cookies()) {
            out.add("Set-Cookie", cookie);
        }
        byte[] body = response.body() == null ? new byte[0] : response.base64Encoded()
                ? Base64.getMimeDecoder().decode(response.body())
                : response.body().getBytes(StandardCharsets.UTF_8);
        int status = response.status();
        boolean bodyless = "HEAD".equals(exchange.getRequestMethod()) || WireResponse.bodyless(status);
        exchange.sendResponseHeaders(status, bodyless || body.length == 0 ? -1 : body.length);
        if (!bodyless && body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /**
     * Refuses a response the JDK server would write wrongly before anything of it is written: it
     * writes each header character as its low byte, so anything beyond RFC 9110's grammar (U+010A
     * becomes LF) could split the response. Whatever built the response (an event source's
     * {@code readResponse}, a hand-written {@code Set-Cookie}) is checked here once more.
     *
     * @throws IllegalStateException naming the header, answered 500 by the caller
     */
    static void checkWritable(WireResponse response) {
        int status = response.status();
        if (status < 200 || status > 599) {
            throw new IllegalStateException("The application answered with status " + status
                    + "; the local server sends 200 to 599 only");
        }
        try {
            for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
                for (String v : e.getValue()) {
                    Headers.check(e.getKey(), v);
                }
            }
            for (String cookie : response.cookies()) {
                Headers.check("Set-Cookie", cookie);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The local server refuses to write the response: " + e.getMessage(), e);
        }
    }

    /**
     * Sends an error the server itself answers (malformed request, too large, shutting down, failure),
     * with a body like Portico's own errors: {@code {"statusCode":N,"message":"..."}}.
     */
    static void sendError(HttpExchange exchange, int status, String message, boolean close) throws IOException {
        Headers.Builder h = Headers.builder().add("Content-Type", "application/json");
        if (close) {
            h.add("Connection", "close");
        }
        String body = "{\"statusCode\":" + status + ",\"message\":\"" + jsonEscape(message) + "\"}";
        send(exchange, new WireResponse(status, h.build(), List.of(), body, false));
    }

    private static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
