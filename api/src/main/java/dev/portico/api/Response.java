package dev.portico.api;

import java.util.ArrayList;
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
 * <p>Header names and values are checked when set: a name must be an HTTP token and neither may hold
 * CR, LF or other control characters, so a handler cannot split a response.
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
        return new Builder().body(body).build();
    }

    /**
     * @param status the status code
     * @param contentType the content type, or {@code null} to derive it from the body
     * @param body the body
     * @return the response
     */
    public static Response of(int status, String contentType, Object body) {
        return new Builder().status(status).contentType(contentType).body(body).build();
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
         * @param status the status code, 100 to 599
         * @return this builder
         */
        public Builder status(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("HTTP status must be between 100 and 599, was " + status);
            }
            this.status = status;
            return this;
        }

        /**
         * Adds a header value after any values the header already has.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            checkHeader(name, value);
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
            checkHeader(name, value);
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
            checkHeader("Vary", token);
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
                checkHeader("Content-Type", contentType);
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

        /** @return the response */
        public Response build() {
            return new Response(this);
        }

        private static void checkHeader(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("Header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= 32 || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("Header name '" + printable(name)
                            + "' is not an HTTP token (no spaces, separators, CR or LF)");
                }
            }
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if ((c < 32 && c != '\t') || c == 127) {
                        throw new IllegalArgumentException("Value of header '" + name
                                + "' must not contain control characters such as CR or LF");
                    }
                }
            }
        }

        private static String printable(String s) {
            return s.replace("\r", "\\r").replace("\n", "\\n");
        }
    }
}
