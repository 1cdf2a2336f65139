package dev.portico.api.spi;

import dev.portico.api.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code Resolver.prime()} sends to one route, given by the feature that owns the route's
 * request work ({@link Feature#primer(dev.portico.api.Route)}): the path, query and header values
 * and the JSON bodies of the synthetic requests, and the stand-in that answers them in place of the
 * route's handler and middlewares.
 *
 * <p>Priming writes each synthetic request as an event of every source, reads it back and answers
 * it through the application's stream entry point, a few hundred times, so that the code the first
 * real request runs is loaded and compiled. The route's own handler and middlewares never run:
 * the stand-in answers instead. A stand-in must do the route's request work that is not the user's
 * (binding, validation, writing a result of the route's declared type) without calling user code
 * and without side effects. Priming is single-threaded per call; a stand-in may be called from the
 * thread that calls {@code prime()}, never for a real request.
 *
 * <p>The {@linkplain #body() body} is a request the route accepts (answered 2xx by the stand-in);
 * the {@linkplain #errorBodies() error bodies} are requests the route refuses (a 400 or 422), sent
 * less often, to warm the error writers.
 */
public final class Primer {
    private final Handler standIn;
    private final Map<String, String> pathParams;
    private final Map<String, String> queryParams;
    private final Map<String, String> headers;
    private final String body;
    private final List<String> errorBodies;

    private Primer(Builder b) {
        this.standIn = b.standIn;
        this.pathParams = Map.copyOf(b.pathParams);
        this.queryParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
        this.headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.errorBodies = List.copyOf(b.errorBodies);
    }

    /**
     * A primer whose synthetic requests are answered by a stand-in.
     *
     * @param standIn answers the synthetic requests in place of the route's handler and middlewares,
     *     or {@code null} for Portico's own stand-in (which reads the body as a map and answers it)
     * @return a builder
     */
    public static Builder builder(Handler standIn) {
        return new Builder(standIn);
    }

    /** @return the stand-in for the route's handler and middlewares, or {@code null} for Portico's */
    public Handler standIn() {
        return standIn;
    }

    /** @return values of the route's path parameters; a parameter not given is {@code 1} */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /** @return query parameters of the synthetic requests, in order */
    public Map<String, String> queryParams() {
        return queryParams;
    }

    /** @return headers of the synthetic requests, in order */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the JSON body of a request the route accepts, or {@code null} for none */
    public String body() {
        return body;
    }

    /** @return JSON bodies (not necessarily valid JSON) of requests the route refuses */
    public List<String> errorBodies() {
        return errorBodies;
    }

    /** Collects a {@link Primer}. */
    public static final class Builder {
        private final Handler standIn;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final Map<String, String> queryParams = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private final List<String> errorBodies = new ArrayList<>();

        private Builder(Handler standIn) {
            this.standIn = standIn;
        }

        /**
         * @param name a path parameter of the route's template
         * @param value its value, as it appears in the path (percent-encoded where needed)
         * @return this builder
         */
        public Builder pathParam(String name, String value) {
            pathParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param name a query parameter
         * @param value its value, decoded
         * @return this builder
         */
        public Builder queryParam(String name, String value) {
            queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param name a header
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param json the JSON body of a request the route accepts
         * @return this builder
         */
        public Builder body(String json) {
            this.body = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * @param text the body of a request the route refuses (malformed JSON, a missing property...)
         * @return this builder
         */
        public Builder errorBody(String text) {
            errorBodies.add(Objects.requireNonNull(text, "text"));
            return this;
        }

        /** @return the primer */
        public Primer build() {
            return new Primer(this);
        }
    }
}
