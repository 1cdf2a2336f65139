package dev.portico.testing;

import static dev.portico.testing.EventParts.joined;
import static dev.portico.testing.EventParts.object;
import static dev.portico.testing.EventParts.requestTime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an API Gateway REST API (proxy integration, payload 1.0) event. As API Gateway does, it
 * fills both {@code headers} (last value of each name) and {@code multiValueHeaders}, both
 * {@code queryStringParameters} and {@code multiValueQueryStringParameters} with decoded values
 * ({@code null} when there are none), keeps header names as given, and sends cookies in a
 * {@code Cookie} header. {@code requestContext.path} carries the stage prefix, the top-level
 * {@code path} does not.
 */
public final class RestEventBuilder extends EventBuilder<RestEventBuilder> {
    private String stage = "prod";
    private String requestId = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";
    private String resource;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();

    RestEventBuilder() {
    }

    /**
     * @param stage the stage name; {@code prod} by default
     * @return this builder
     */
    public RestEventBuilder stage(String stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
        return this;
    }

    /**
     * @param requestId {@code requestContext.requestId}
     * @return this builder
     */
    public RestEventBuilder requestId(String requestId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        return this;
    }

    /**
     * @param resource the API Gateway resource that matched, such as {@code /todos/{id}} or
     *     {@code /{proxy+}}; the path by default
     * @return this builder
     */
    public RestEventBuilder resource(String resource) {
        this.resource = Objects.requireNonNull(resource, "resource");
        return this;
    }

    /**
     * Adds an entry to {@code pathParameters} (API Gateway's own, from {@link #resource}).
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public RestEventBuilder pathParameter(String name, String value) {
        pathParameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, List<String>> headers = headerLists(false, true, false);
        Map<String, List<String>> query = queryLists();
        String userAgent = header("User-Agent");
        String res = resource == null ? path() : resource;
        Map<String, Object> identity = object(
                "accessKey", null, "accountId", null, "caller", null, "cognitoIdentityId", null,
                "sourceIp", sourceIp(), "user", null, "userAgent", userAgent == null ? "portico-testing" : userAgent,
                "userArn", null);
        Map<String, Object> context = object(
                "accountId", ACCOUNT_ID,
                "apiId", "a1b2c3d4e5",
                "domainName", "a1b2c3d4e5.execute-api." + REGION + ".amazonaws.com",
                "domainPrefix", "a1b2c3d4e5",
                "extendedRequestId", "extended-" + requestId,
                "httpMethod", method(),
                "identity", identity,
                "path", "/" + stage + path(),
                "protocol", "HTTP/1.1",
                "requestId", requestId,
                "requestTime", requestTime(),
                "requestTimeEpoch", EPOCH_MILLIS,
                "resourceId", "r3s0ur",
                "resourcePath", res,
                "stage", stage);
        return object(
                "resource", res,
                "path", path(),
                "httpMethod", method(),
                "headers", headers.isEmpty() ? null : joined(headers, null),
                "multiValueHeaders", headers.isEmpty() ? null : headers,
                "queryStringParameters", query.isEmpty() ? null : joined(query, null),
                "multiValueQueryStringParameters", query.isEmpty() ? null : query,
                "pathParameters", pathParameters.isEmpty() ? null : new LinkedHashMap<>(pathParameters),
                "stageVariables", null,
                "requestContext", context,
                "body", body(),
                "isBase64Encoded", base64Encoded());
    }
}
