package dev.portico.api;

import java.util.List;
import java.util.Objects;

/**
 * A typed key for a per-route setting, such as {@link #COMPRESS} or {@link #CORS}. Features define
 * their own options the same way and read them with {@link Route#option(RouteOption)}.
 *
 * <p>An option can name the feature it needs: a route that sets such an option to anything but its
 * default fails when the application is built, naming the artifact to add, if that feature is not
 * present.
 *
 * @param <T> the value type
 */
public final class RouteOption<T> {
    /** Compress this route's responses with gzip when the client accepts it. */
    public static final RouteOption<Boolean> COMPRESS = create("compress", Boolean.class, Boolean.FALSE)
            .requiring("compress", "dev.portico:portico-feature-compress");
    /** Apply the application's CORS configuration to this route ({@code false} opts out). */
    public static final RouteOption<Boolean> CORS = create("cors", Boolean.class, Boolean.TRUE);
    /**
     * The {@code Cache-Control} header of this route's answers (Powertools' {@code cache_control}):
     * set on {@code 2xx} answers, replaced by {@code no-cache} on any other status, never overriding a
     * {@code Cache-Control} header the handler set.
     */
    public static final RouteOption<String> CACHE_CONTROL = create("cacheControl", String.class, null);
    /**
     * Marks an {@code OPTIONS} route as a CORS pre-flight answer (what feature-cors adds). It answers
     * only real pre-flights, requests carrying {@code Access-Control-Request-Method} (Fetch
     * standard); any other {@code OPTIONS} request is routed as if the route were absent: to the
     * application's own route for it, else 405 with {@code Allow}.
     */
    public static final RouteOption<Boolean> PREFLIGHT = create("preflight", Boolean.class, Boolean.FALSE);
    /** A short summary of the operation, for OpenAPI. */
    public static final RouteOption<String> SUMMARY = create("summary", String.class, null);
    /** A longer description of the operation, for OpenAPI. */
    public static final RouteOption<String> DESCRIPTION = create("description", String.class, null);
    /** Tags grouping the operation, for OpenAPI. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final RouteOption<List<String>> TAGS = create("tags", (Class) List.class, List.of());
    /** A unique id of the operation, for OpenAPI. */
    public static final RouteOption<String> OPERATION_ID = create("operationId", String.class, null);
    /** Marks the operation deprecated, for OpenAPI. */
    public static final RouteOption<Boolean> DEPRECATED = create("deprecated", Boolean.class, Boolean.FALSE);
    /** Whether the operation appears in the OpenAPI document. */
    public static final RouteOption<Boolean> INCLUDE_IN_SCHEMA =
            create("includeInSchema", Boolean.class, Boolean.TRUE);

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final String requiredFeature;
    private final String requiredArtifact;

    private RouteOption(String name, Class<T> type, T defaultValue, String feature, String artifact) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.requiredFeature = feature;
        this.requiredArtifact = artifact;
    }

    /**
     * Creates an option key. Keys are compared by identity: keep them in constants.
     *
     * @param name a name for messages and debugging
     * @param type the value type
     * @param defaultValue the value of routes that do not set it
     * @param <T> the value type
     * @return the key
     */
    public static <T> RouteOption<T> create(String name, Class<T> type, T defaultValue) {
        return new RouteOption<>(name, type, defaultValue, null, null);
    }

    /**
     * A copy of this key that needs a feature whenever a route sets a non-default value.
     *
     * @param featureId the {@link dev.portico.api.spi.Feature#id()} needed
     * @param artifact the Maven coordinates to name in the error, {@code group:artifact}
     * @return the key
     */
    public RouteOption<T> requiring(String featureId, String artifact) {
        return new RouteOption<>(name, type, defaultValue, featureId, artifact);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the value type */
    public Class<T> type() {
        return type;
    }

    /** @return the value of routes that do not set the option */
    public T defaultValue() {
        return defaultValue;
    }

    /** @return the id of the feature a non-default value needs, or {@code null} */
    public String requiredFeature() {
        return requiredFeature;
    }

    /** @return the artifact providing {@link #requiredFeature()}, or {@code null} */
    public String requiredArtifact() {
        return requiredArtifact;
    }

    @Override
    public String toString() {
        return "RouteOption[" + name + "]";
    }
}
