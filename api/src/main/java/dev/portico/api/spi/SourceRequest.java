package dev.portico.api.spi;

import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.QueryParams;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An HTTP request as an {@link EventSource} decoded it from an event: what the router and the
 * handlers see, before routing. Immutable; sources build it with {@link #builder(String)}.
 */
public final class SourceRequest {
    private final String source;
    private final String method;
    private final String path;
    private final Supplier<Headers> headerSupplier;
    private Headers headers;
    private final QueryParams queryParams;
    private final List<String> cookies;
    private final String body;
    private final boolean base64Encoded;
    private final String requestId;
    private final String sourceIp;
    private final Supplier<?> event;
    private final Object attachment;

    private SourceRequest(Builder b) {
        this.source = b.source;
        this.method = b.method;
        this.path = b.path;
        this.headers = b.headers;
        this.headerSupplier = b.headerSupplier;
        this.queryParams = b.queryParams;
        this.cookies = b.cookies;
        this.body = b.body;
        this.base64Encoded = b.base64Encoded;
        this.requestId = b.requestId;
        this.sourceIp = b.sourceIp;
        this.event = b.event;
        this.attachment = b.attachment;
    }

    /**
     * @param source the {@link EventSource#id()} decoding the request
     * @return a builder
     */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** @return the id of the source that decoded the request */
    public String source() {
        return source;
    }

    /** @return the upper-case method */
    public String method() {
        return method;
    }

    /** @return the path as the event carried it, starting with {@code /} */
    public String path() {
        return path;
    }

    /** @return the headers, built on first use when the source gave a supplier */
    public Headers headers() {
        Headers h = headers;
        if (h == null) {
            h = headerSupplier.get();
            headers = h;
        }
        return h;
    }

    /** @return the query parameters, decoded */
    public QueryParams queryParams() {
        return queryParams;
    }

    /**
     * @return the request cookies as {@code name=value} items, or {@code null} to read them from the
     *     {@code Cookie} header
     */
    public List<String> cookies() {
        return cookies;
    }

    /** @return the body as the event carried it (base64 text when {@link #base64Encoded()}), or {@code null} */
    public String body() {
        return body;
    }

    /** @return whether {@link #body()} is base64 */
    public boolean base64Encoded() {
        return base64Encoded;
    }

    /** @return the request id the source gave, or {@code null} */
    public String requestId() {
        return requestId;
    }

    /** @return the client IP, or {@code null} */
    public String sourceIp() {
        return sourceIp;
    }

    /** @return a supplier of the typed AWS event, called at most once per request by the core */
    public Supplier<?> event() {
        return event != null ? event : NoEvent.INSTANCE;
    }

    /**
     * The typed event of a request whose source gave none: {@code null}. A class, not a lambda: a
     * lambda's first use spins a class at run time, which costs cold start (see benchmarks/RESULTS.md);
     * loaded only when such a request's event is asked for.
     */
    private static final class NoEvent implements Supplier<Object> {
        static final NoEvent INSTANCE = new NoEvent();

        @Override
        public Object get() {
            return null;
        }
    }

    /**
     * What the source needs again when it encodes the response (for example whether an ALB event
     * used multi-value headers). Opaque to everything else.
     *
     * @return the source's own state, or {@code null}
     */
    public Object attachment() {
        return attachment;
    }

    /** Builds a {@link SourceRequest}. */
    public static final class Builder {
        private final String source;
        private String method;
        private String path = "/";
        private Headers headers = Headers.empty();
        private Supplier<Headers> headerSupplier;
        private QueryParams queryParams = QueryParams.empty();
        private List<String> cookies;
        private String body;
        private boolean base64Encoded;
        private String requestId;
        private String sourceIp;
        /** {@code null}: {@link SourceRequest#event()} answers a supplier of {@code null}. */
        private Supplier<?> event;
        private Object attachment;

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** @param method the method, any case @return this builder */
        public Builder method(String method) {
            this.method = HttpMethod.normalize(method);
            return this;
        }

        /** @param path the path; empty or missing becomes {@code /} @return this builder */
        public Builder path(String path) {
            this.path = path == null || path.isEmpty() ? "/" : (path.charAt(0) == '/' ? path : "/" + path);
            return this;
        }

        /**
         * Headers built only if something reads them: most handlers never look at most headers, so a
         * source can skip building them (called at most once, on the request's thread).
         *
         * @param headers builds the headers
         * @return this builder
         */
        public Builder headers(Supplier<Headers> headers) {
            this.headerSupplier = Objects.requireNonNull(headers, "headers");
            this.headers = null;
            return this;
        }

        /** @param headers the headers @return this builder */
        public Builder headers(Headers headers) {
            this.headerSupplier = null;
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /** @param queryParams the decoded query parameters @return this builder */
        public Builder queryParams(QueryParams queryParams) {
            this.queryParams = Objects.requireNonNull(queryParams, "queryParams");
            return this;
        }

        /** @param cookies {@code name=value} items, or {@code null} for the Cookie header @return this builder */
        public Builder cookies(List<String> cookies) {
            this.cookies = cookies == null ? null : List.copyOf(cookies);
            return this;
        }

        /**
         * @param body the body as carried by the event
         * @param base64Encoded whether it is base64
         * @return this builder
         */
        public Builder body(String body, boolean base64Encoded) {
            this.body = body;
            this.base64Encoded = base64Encoded && body != null;
            return this;
        }

        /** @param requestId the request id @return this builder */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** @param sourceIp the client IP @return this builder */
        public Builder sourceIp(String sourceIp) {
            this.sourceIp = sourceIp;
            return this;
        }

        /** @param event builds the typed AWS event when a handler asks for it @return this builder */
        public Builder event(Supplier<?> event) {
            this.event = Objects.requireNonNull(event, "event");
            return this;
        }

        /** @param attachment the source's own state for encoding @return this builder */
        public Builder attachment(Object attachment) {
            this.attachment = attachment;
            return this;
        }

        /** @return the request */
        public SourceRequest build() {
            if (method == null) {
                throw new IllegalStateException("The event source " + source + " decoded a request without a method");
            }
            return new SourceRequest(this);
        }
    }
}
