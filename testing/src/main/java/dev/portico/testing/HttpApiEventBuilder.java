package dev.portico.testing;

import static dev.portico.testing.EventParts.object;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an API Gateway HTTP API event (payload format 2.0): lower-case header names with repeated
 * values joined by commas, the percent-encoded {@code rawQueryString} plus decoded, comma-joined
 * {@code queryStringParameters}, cookies in the {@code cookies} array, {@code requestContext.http}.
 *
 * <p>As with a real HTTP API, a stage other than {@code $default} prefixes {@code rawPath} (the
 * application sees {@code /dev/todos} for a {@code dev} stage; see {@code stripPrefixes}).
 */
public final class HttpApiEventBuilder extends EventBuilder<HttpApiEventBuilder> {
    private String stage = "$default";
    private String routeKey = "$default";
    private String requestId = "JKJaXmPLvHcESHA=";
    private final Map<String, String> pathParameters = new LinkedHashMap<>();

    HttpApiEventBuilder() {
    }

    /**
     * @param stage the stage; {@code $default} by default
     * @return this builder
     */
    public HttpApiEventBuilder stage(String stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
        return this;
    }

    /**
     * @param routeKey the route that matched, such as {@code GET /todos/{id}}; {@code $default} by default
     * @return this builder
     */
    public HttpApiEventBuilder routeKey(String routeKey) {
        this.routeKey = Objects.requireNonNull(routeKey, "routeKey");
        return this;
    }

    /**
     * @param requestId {@code requestContext.requestId}
     * @return this builder
     */
    public HttpApiEventBuilder requestId(String requestId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        return this;
    }

    /**
     * Adds an entry to {@code pathParameters} (API Gateway's own, from the route key).
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public HttpApiEventBuilder pathParameter(String name, String value) {
        pathParameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public Map<String, Object> toMap() {
        String rawPath = "$default".equals(stage) ? path() : "/" + stage + path();
        Map<String, Object> context = object(
                "accountId", ACCOUNT_ID,
                "apiId", "a1b2c3d4e5",
                "domainName", "a1b2c3d4e5.execute-api." + REGION + ".amazonaws.com",
                "domainPrefix", "a1b2c3d4e5",
                "stage", stage);
        return PayloadV2.toMap(this, rawPath, context, routeKey, requestId, pathParameters);
    }
}
