package dev.portico.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.Urls;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds one Lambda HTTP event as JSON. The parts every format carries are set here; each format's
 * builder (from {@link Events}) adds its own ({@code stage}, {@code requestId}, ...) and writes the
 * parts the way its AWS service does: which keys, which header names are lower-cased, how repeated
 * headers and query parameters are carried, whether query values stay percent-encoded.
 *
 * <p>Defaults: {@code GET /}, no headers, no query, no body. Builders are mutable and not
 * thread-safe; {@link #build()} may be called repeatedly.
 *
 * @param <B> the concrete builder type
 */
public abstract class EventBuilder<B extends EventBuilder<B>> {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ACCOUNT_ID = "123456789012";
    static final String REGION = "us-east-1";
    /** 2023-11-14T22:13:20Z: a fixed time, so built events are reproducible. */
    static final long EPOCH_MILLIS = 1_700_000_000_000L;

    private String method = HttpMethod.GET;
    private String path = "/";
    private final Headers.Builder headers = Headers.builder();
    private final QueryParams.Builder query = QueryParams.builder();
    private final List<String> cookies = new ArrayList<>();
    private String body;
    private boolean base64Encoded;
    private String sourceIp = "192.0.2.10";

    EventBuilder() {
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * @param method the HTTP method, any case
     * @return this builder
     */
    public B method(String method) {
        this.method = HttpMethod.normalize(method);
        return self();
    }

    /**
     * Sets the path. A query string after {@code ?} is parsed (percent-decoded) and its parameters are
     * added as if given to {@link #query}.
     *
     * @param path the path, such as {@code /todos/1} or {@code /todos?done=true}
     * @return this builder
     */
    public B path(String path) {
        Objects.requireNonNull(path, "path");
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        this.path = p.startsWith("/") ? p : "/" + p;
        if (q >= 0) {
            Urls.parseQuery(path.substring(q + 1)).asMap().forEach(query::addAll);
        }
        return self();
    }

    /**
     * Adds a header value; calling it twice with the same name (any case) gives the header two values.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public B header(String name, String value) {
        headers.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Adds a query parameter value, given decoded; each format encodes it as its service does.
     *
     * @param name the name
     * @param value the decoded value, such as {@code x y}
     * @return this builder
     */
    public B query(String name, String value) {
        query.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Adds a request cookie: a {@code Cookie} header for REST, ALB and VPC Lattice events, the
     * {@code cookies} array for HTTP API and Function URL events.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public B cookie(String name, String value) {
        cookies.add(Objects.requireNonNull(name, "name") + "=" + Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * @param text the body as text ({@code null} for none)
     * @return this builder
     */
    public B body(String text) {
        this.body = text;
        this.base64Encoded = false;
        return self();
    }

    /**
     * Sets a binary body: the event carries it base64-encoded with the base64 flag set.
     *
     * @param bytes the body
     * @return this builder
     */
    public B body(byte[] bytes) {
        this.body = Base64.getEncoder().encodeToString(Objects.requireNonNull(bytes, "bytes"));
        this.base64Encoded = true;
        return self();
    }

    /**
     * Sets a JSON body and, unless one was given, the header {@code Content-Type: application/json}.
     *
     * @param value a {@link CharSequence} is taken as JSON text as it is; anything else is serialized
     *     with Jackson
     * @return this builder
     */
    public B jsonBody(Object value) {
        String json;
        if (value instanceof CharSequence cs) {
            json = cs.toString();
        } else {
            try {
                json = MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot serialize the body: " + e.getOriginalMessage(), e);
            }
        }
        if (!headers.contains("Content-Type")) {
            headers.add("Content-Type", "application/json");
        }
        return body(json);
    }

    /**
     * Sets the client IP. REST, HTTP API and Function URL events carry it in {@code requestContext};
     * ALB and VPC Lattice events in an {@code X-Forwarded-For} header, added when none was given.
     *
     * @param ip the address
     * @return this builder
     */
    public B sourceIp(String ip) {
        this.sourceIp = Objects.requireNonNull(ip, "ip");
        return self();
    }

    /** @return the event as plain maps, lists and scalars, ready for Jackson */
    public abstract Map<String, Object> toMap();

    /** @return the event as JSON text */
    public final String build() {
        try {
            return MAPPER.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + method + " " + path + "]";
    }

    // ---- what the formats read -------------------------------------------------------------

    final String method() {
        return method;
    }

    final String path() {
        return path;
    }

    final String sourceIp() {
        return sourceIp;
    }

    /** @return the body text (base64 when flagged), or {@code null} */
    final String body() {
        return body;
    }

    final boolean base64Encoded() {
        return base64Encoded;
    }

    final List<String> cookies() {
        return List.copyOf(cookies);
    }

    /** @return the decoded query parameters, in order */
    final Map<String, List<String>> queryLists() {
        return query.build().asMap();
    }

    /** @return the first value of a header, or {@code null} */
    final String header(String name) {
        return headers.build().first(name);
    }

    /**
     * The headers as lists of values.
     *
     * @param lowerCase whether names are lower-cased
     * @param cookieHeader whether the cookies go into a {@code Cookie} header
     * @param forwardedFor whether to add {@code X-Forwarded-For} from the source IP when absent
     * @return name to values, in order
     */
    final Map<String, List<String>> headerLists(boolean lowerCase, boolean cookieHeader, boolean forwardedFor) {
        Headers.Builder all = headers.build().toBuilder();
        if (cookieHeader && !cookies.isEmpty()) {
            all.add("Cookie", String.join("; ", cookies));
        }
        if (forwardedFor && !all.contains("X-Forwarded-For")) {
            all.add("X-Forwarded-For", sourceIp);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        all.build().asMap().forEach((name, values) ->
                out.put(lowerCase ? name.toLowerCase(Locale.ROOT) : name, List.copyOf(values)));
        return out;
    }

    /** @return the query as a percent-encoded string such as {@code q=x%20y&a=1}, empty for none */
    final String rawQueryString() {
        StringBuilder sb = new StringBuilder();
        queryLists().forEach((name, values) -> {
            for (String v : values) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(EventParts.encode(name)).append('=').append(EventParts.encode(v));
            }
        });
        return sb.toString();
    }
}
