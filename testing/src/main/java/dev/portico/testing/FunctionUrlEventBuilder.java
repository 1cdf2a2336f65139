package dev.portico.testing;

import static dev.portico.testing.EventParts.object;

import java.util.Map;
import java.util.Objects;

/**
 * Builds a Lambda Function URL event: payload format 2.0 like an HTTP API (lower-case, comma-joined
 * headers, {@code rawQueryString}, {@code cookies}), with route key and stage {@code $default}, account
 * {@code anonymous} and the domain {@code <url-id>.lambda-url.<region>.on.aws}.
 */
public final class FunctionUrlEventBuilder extends EventBuilder<FunctionUrlEventBuilder> {
    private String urlId = "abcdefghijklmnopqrstuvwxyz012345";
    private String region = REGION;
    private String requestId = "2d4c8d9e-0f1a-4b3c-9d8e-7f6a5b4c3d2e";

    FunctionUrlEventBuilder() {
    }

    /**
     * @param urlId the id that starts the URL's host name
     * @return this builder
     */
    public FunctionUrlEventBuilder urlId(String urlId) {
        this.urlId = Objects.requireNonNull(urlId, "urlId");
        return this;
    }

    /**
     * @param region the function's region; {@code us-east-1} by default
     * @return this builder
     */
    public FunctionUrlEventBuilder region(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    /**
     * @param requestId {@code requestContext.requestId}
     * @return this builder
     */
    public FunctionUrlEventBuilder requestId(String requestId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        return this;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> context = object(
                "accountId", "anonymous",
                "apiId", urlId,
                "domainName", urlId + ".lambda-url." + region + ".on.aws",
                "domainPrefix", urlId,
                "stage", "$default");
        return PayloadV2.toMap(this, path(), context, "$default", requestId, Map.of());
    }
}
