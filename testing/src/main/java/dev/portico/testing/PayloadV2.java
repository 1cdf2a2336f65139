package dev.portico.testing;

import static dev.portico.testing.EventParts.joined;
import static dev.portico.testing.EventParts.object;
import static dev.portico.testing.EventParts.requestTime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the payload format 2.0 that HTTP APIs and Function URLs share: lower-case header names,
 * repeated headers and query values joined with commas, the percent-encoded {@code rawQueryString},
 * cookies in a {@code cookies} array, and {@code requestContext.http}. Keys with nothing to say are
 * left out, as AWS does.
 */
final class PayloadV2 {

    private PayloadV2() {
    }

    /**
     * @param b the builder
     * @param rawPath the path as the service passes it (with a stage prefix, for named HTTP API stages)
     * @param context {@code requestContext} without {@code http}, {@code requestId}, {@code routeKey},
     *     {@code time}; those are added
     * @param routeKey the route key
     * @param requestId the request id
     * @param pathParameters the path parameters, or an empty map
     * @return the event
     */
    static Map<String, Object> toMap(EventBuilder<?> b, String rawPath, Map<String, Object> context,
                                     String routeKey, String requestId, Map<String, String> pathParameters) {
        Map<String, List<String>> headers = b.headerLists(true, false, false);
        Map<String, List<String>> query = b.queryLists();
        String userAgent = b.header("User-Agent");
        context.put("http", object(
                "method", b.method(),
                "path", rawPath,
                "protocol", "HTTP/1.1",
                "sourceIp", b.sourceIp(),
                "userAgent", userAgent == null ? "portico-testing" : userAgent));
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("time", requestTime());
        context.put("timeEpoch", EventBuilder.EPOCH_MILLIS);
        Map<String, Object> event = object(
                "version", "2.0",
                "routeKey", routeKey,
                "rawPath", rawPath,
                "rawQueryString", b.rawQueryString());
        if (!b.cookies().isEmpty()) {
            event.put("cookies", b.cookies());
        }
        event.put("headers", joined(headers, ","));
        if (!query.isEmpty()) {
            event.put("queryStringParameters", joined(query, ","));
        }
        if (!pathParameters.isEmpty()) {
            event.put("pathParameters", new LinkedHashMap<>(pathParameters));
        }
        event.put("requestContext", context);
        if (b.body() != null) {
            event.put("body", b.body());
        }
        event.put("isBase64Encoded", b.base64Encoded());
        return event;
    }
}
