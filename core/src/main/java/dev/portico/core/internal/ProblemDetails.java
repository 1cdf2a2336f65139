package dev.portico.core.internal;

import dev.portico.api.Request;
import dev.portico.api.ServiceError;
import dev.portico.api.spi.WireResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 Problem Details for errors, when the application opts in with
 * {@code problemDetails(true)}: {@code type} ({@code about:blank}: the status says it all),
 * {@code title} (the status's reason phrase), {@code status}, {@code detail} (the error's message),
 * {@code instance} (the request path, when there is a request), then the error's
 * {@link ServiceError#problemExtensions() extension members}.
 */
final class ProblemDetails {
    /** The media type of a problem. */
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {
    }

    /**
     * @param e the error
     * @param request the request it answers, or {@code null} (an event that could not be decoded)
     * @return the problem's members, in the RFC's order
     */
    static Map<String, Object> of(ServiceError e, Request request) {
        Map<String, Object> problem = members(e.statusCode(), e.getMessage(), request);
        for (Map.Entry<String, Object> x : e.problemExtensions().entrySet()) {
            problem.putIfAbsent(x.getKey(), x.getValue());
        }
        return problem;
    }

    /** The standard members only. */
    static Map<String, Object> members(int status, String detail, Request request) {
        Map<String, Object> problem = new LinkedHashMap<>(8);
        problem.put("type", "about:blank");
        String title = WireResponse.reasonPhrase(status);
        problem.put("title", title.isEmpty() ? "HTTP " + status : title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (request != null) {
            problem.put("instance", request.rawPath());
        }
        return problem;
    }
}
