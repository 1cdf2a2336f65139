package dev.portico.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A full HTTP response, for when a handler needs control of status, headers, cookies or content
 * type (Powertools' {@code Response}). Immutable: a middleware changes a response through
 * {@link #toBuilder()}.
 *
 * <p>The body is serialized when the response is sent: a {@code String} as text, a {@code byte[]} as
 * binary (base64-encoded for the event source), {@code null} as no body, anything else as JSON. When
 * no content type is set, it follows from the body the same way as for plain handler results (see
 * {@link Handler}).
 *
 * <p>Header names and values are checked when set, against RFC 9110's grammar: a name must be an
 * HTTP token, a value visible ASCII, space and tab (no CR, LF or other control characters, and no
 * characters beyond ASCII, which a server writing each character as one byte would turn into CR or
 * LF), so a handler cannot split a response; the {@link IllegalArgumentException} names the header.
 * A {@code Location} value is percent-encoded as a URI first: non-ASCII characters become their
 * UTF-8 bytes ({@code /café} is sent as {@code /caf%C3%A9}), spaces {@code %20}.
 */
public final class Response {
    private final int status;
    private final Headers headers;
    private final List<Cookie> cookies;
    private final String contentType;
    private final Object body;
    private final Boolean compress;

    private Response(Builder b) {
        this.status = b.status;
        this.headers = b.headers.build();
        this.cookies = List.copyOf(b.cookies);
        this.contentType = b.contentType;
        this.body = b.body;
        this.compress = b.compress;
    }

    /**
     * A response with no headers, cookies or compression flag, made without a builder (the common
     * handler result: no builder, header map or cookie list to allocate and copy).
     *
     * @param status a checked status
     * @param contentType a checked content type, or {@code null}
     * @param body the body
     */
    private Response(int status, String contentType, Object body) {
        this.status = status;
        this.headers = Headers.empty();
        this.cookies = List.of();
        this.contentType = contentType;
        this.body = body;
        this.compress = null;
    }

    /** @return a builder for a 200 response with no body */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param status the status code
     * @return a builder for a response with that status
     */
    public static Builder status(int status) {
        return new Builder().status(status);
    }

    /**
     * @param body the body
     * @return a 200 response with that body
     */
    public static Response ok(Object body) {
        return new Response(200, null, body);
    }

    /**
     * A 200 response with a JSON body ({@code application/json}): any value, {@code null} values
     * inside maps and records included. A {@code String} becomes a JSON string, {@code null} the JSON
     * {@code null}; see {@link Builder#json(Object)}.
     *
     * <pre>{@code return Response.json(Map.of("id", 1));}</pre>
     *
     * @param value the value
     * @return the response
     */
    public static Response json(Object value) {
        return new Builder().json(value);
    }

    /**
     * @param status the status code
     * @param contentType the content type, or {@code null} to derive it from the body
     * @param body the body
     * @return the response
     */
    public static Response of(int status, String contentType, Object body) {
        Builder.checkStatus(status);
        if (contentType != null && !known(contentType)) {
            Headers.check("Content-Type", contentType);
        }
        return new Response(status, contentType, body);
    }

    /** Whether a content type is one of the {@link ContentTypes} constants themselves (valid, nothing to check). */
    private static boolean known(String contentType) {
        return contentType == ContentTypes.JSON || contentType == ContentTypes.TEXT_PLAIN_UTF8
                || contentType == ContentTypes.OCTET_STREAM;
    }

    /** @return the status code */
    public int status() {
        return status;
    }

    /** @return the headers, without {@code Content-Type} unless a handler set it as a header */
    public Headers headers() {
        return headers;
    }

    /** @return the cookies, each rendered as one {@code Set-Cookie} value */
    public List<Cookie> cookies() {
        return cookies;
    }

    /** @return the content type, or {@code null} when derived from the body */
    public String contentType() {
        return contentType;
    }

    /** @return the body before serialization, or {@code null} */
    public Object body() {
        return body;
    }

    /**
     * Whether to compress, which wins over the route's setting.
     *
     * @return {@code TRUE} or {@code FALSE}, or {@code null} to leave it to the route
     */
    public Boolean compress() {
        return compress;
    }

    /**
     * A copy with a header set to one value, replacing the header's earlier values: what a
     * middleware adding one header needs, without {@code toBuilder()...build()}.
     *
     * <pre>{@code return next.handle(request).withHeader("X-Request-Id", request.requestId());}</pre>
     *
     * @param name the header name
     * @param value the value (checked as by {@link Builder#setHeader(String, String)})
     * @return the new response; this one is unchanged
     */
    public Response withHeader(String name, String value) {
        return toBuilder().setHeader(name, java.util.Objects.requireNonNull(value, "value")).build();
    }

    /**
     * A copy with one more cookie.
     *
     * @param cookie the cookie
     * @return the new response; this one is unchanged
     */
    public Response withCookie(Cookie cookie) {
        return toBuilder().cookie(cookie).build();
    }

    /** @return a builder holding everything of this response */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.headers = headers.toBuilder();
        b.cookies.addAll(cookies);
        b.contentType = contentType;
        b.body = body;
        b.compress = compress;
        return b;
    }

    @Override
    public String toString() {
        return "Response[status=" + status + ", headers=" + headers + ", cookies=" + cookies
                + ", contentType=" + contentType + "]";
    }

    /** Builds a {@link Response}. */
    public static final class Builder {
        private int status = 200;
        private Headers.Builder headers = Headers.builder();
        private final List<Cookie> cookies = new ArrayList<>(0);
        private String contentType;
        private Object body;
        private Boolean compress;

        private Builder() {
        }

        /**
         * @param status the status code, 200 to 599: a 1xx status is an interim answer no event
         *     source can send, and sending it as the final one would desynchronize a kept-alive
         *     connection
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder status(int status) {
            checkStatus(status);
            this.status = status;
            return this;
        }

        static void checkStatus(int status) {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("HTTP status must be between 200 and 599, was " + status
                        + (status >= 100 && status < 200 ? " (1xx statuses are interim answers no event source sends)"
                        : ""));
            }
        }

        /**
         * Adds a header value after any values the header already has.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            value = location(name, value);
            Headers.check(name, value);
            headers.add(name, value);
            return this;
        }

        /**
         * Sets a header to one value, replacing earlier values.
         *
         * @param name the header name
         * @param value the value; {@code null} removes the header
         * @return this builder
         */
        public Builder setHeader(String name, String value) {
            value = location(name, value);
            Headers.check(name, value);
            headers.set(name, value);
            return this;
        }

        /**
         * @param name the header name
         * @return this builder, without that header
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * Adds every value of some headers.
         *
         * @param more the headers
         * @return this builder
         */
        public Builder headers(Headers more) {
            for (var e : more.asMap().entrySet()) {
                for (String v : e.getValue()) {
                    header(e.getKey(), v);
                }
            }
            return this;
        }

        /**
         * Adds a token to the {@code Vary} header unless it is already there (in any case) or
         * {@code Vary} is {@code *}; several values are merged into one comma-separated value.
         *
         * @param token a header name such as {@code Origin} or {@code Accept-Encoding}
         * @return this builder
         */
        public Builder vary(String token) {
            Headers.check("Vary", token);
            List<String> values = headers.values("Vary");
            if (values.isEmpty()) {
                headers.add("Vary", token);
                return this;
            }
            String joined = String.join(", ", values);
            for (String part : joined.split(",")) {
                String p = part.strip();
                if (p.equals("*") || p.equalsIgnoreCase(token)) {
                    return this;
                }
            }
            headers.set("Vary", joined + ", " + token);
            return this;
        }

        /**
         * @param cookie a cookie to set
         * @return this builder
         */
        public Builder cookie(Cookie cookie) {
            cookies.add(java.util.Objects.requireNonNull(cookie, "cookie"));
            return this;
        }

        /**
         * @param contentType the content type; {@code null} derives it from the body
         * @return this builder
         */
        public Builder contentType(String contentType) {
            if (contentType != null) {
                Headers.check("Content-Type", contentType);
            }
            this.contentType = contentType;
            return this;
        }

        /**
         * @param body the body (see {@link Response})
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Asks for compression (or forbids it), winning over the route's setting. Needs the
         * {@code portico-feature-compress} module; without it the flag is ignored.
         *
         * @param compress whether to compress
         * @return this builder
         */
        public Builder compress(boolean compress) {
            this.compress = compress;
            return this;
        }

        /**
         * Sets a JSON body and the {@code application/json} content type, and builds:
         * {@code Response.status(201).json(created)}. The value is written as JSON like any handler
         * result (maps and records with {@code null} values included); a {@code String} becomes a
         * JSON string, a {@code byte[]} a base64 JSON string, {@code null} the JSON {@code null}.
         * For JSON you already hold as text, use {@code body(text)} with
         * {@code contentType(ContentTypes.JSON)}.
         *
         * @param value the value
         * @return the response
         */
        public Response json(Object value) {
            Object body;
            if (value == null) {
                body = "null";
            } else if (value instanceof String s) {
                body = quote(s);
            } else if (value instanceof byte[] b) {
                body = "\"" + Base64.getEncoder().encodeToString(b) + "\"";
            } else {
                body = value;
            }
            return contentType(ContentTypes.JSON).body(body).build();
        }

        /** @return the response */
        public Response build() {
            return new Response(this);
        }

        private static String quote(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.append('"').toString();
        }

        /**
         * A {@code Location} value percent-encoded as a URI: characters beyond ASCII as their UTF-8
         * bytes, spaces as {@code %20}; other headers' values unchanged. Unpaired surrogates and
         * control characters are left for the check to refuse.
         */
        private static String location(String name, String value) {
            if (value == null || !"Location".equalsIgnoreCase(name)) {
                return value;
            }
            int i = 0;
            while (i < value.length() && value.charAt(i) != ' ' && value.charAt(i) < 0x7F) {
                i++;
            }
            if (i == value.length()) {
                return value;
            }
            StringBuilder sb = new StringBuilder(value.length() + 16).append(value, 0, i);
            while (i < value.length()) {
                int cp = value.codePointAt(i);
                int n = Character.charCount(cp);
                boolean encode = cp == ' ' || (cp > 0x7F && !(n == 1 && Character.isSurrogate((char) cp)));
                if (encode) {
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                    }
                } else {
                    sb.appendCodePoint(cp);
                }
                i += n;
            }
            return sb.toString();
        }
    }
}
