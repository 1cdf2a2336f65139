package dev.portico.examples.envelope;

import dev.portico.api.spi.EventJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed event of {@link EnvelopeSource}: the envelope's {@code request} object as it arrived, for
 * handlers that want it ({@code request.event(EnvelopeRequest.class)}). Built only when asked for.
 *
 * @param verb {@code request.verb}
 * @param url {@code request.url}, path and query string still encoded
 * @param headers {@code request.headers}, each value as a list
 * @param body {@code request.body}, or {@code null}
 * @param base64 {@code request.base64}
 * @param id {@code request.id}, or {@code null}
 * @param client {@code request.client}, or {@code null}
 */
public record EnvelopeRequest(String verb, String url, Map<String, List<String>> headers, String body,
                              boolean base64, String id, String client) {

    /** Keeps the headers in order and read-only. */
    public EnvelopeRequest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * @param request the envelope's {@code request} object
     * @return the typed event
     */
    static EnvelopeRequest from(EventJson request) {
        return new EnvelopeRequest(request.string("verb"), request.string("url"), request.stringLists("headers"),
                request.string("body"), request.bool("base64"), request.string("id"), request.string("client"));
    }
}
