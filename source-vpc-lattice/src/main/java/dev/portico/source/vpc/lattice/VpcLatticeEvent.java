package dev.portico.source.vpc.lattice;

import dev.portico.api.spi.EventJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A VPC Lattice request event in the version 1 structure (snake_case keys), which the AWS events
 * library does not model. Handlers get it with {@code request.event(VpcLatticeEvent.class)}; it is
 * built from the event JSON only when asked for.
 *
 * <p>Maps are never {@code null} (empty when the event had none), keep the event's order and cannot be
 * changed.
 *
 * @param method the HTTP method ({@code method})
 * @param rawPath the path ({@code raw_path})
 * @param headers the headers ({@code headers}); VPC Lattice joins repeated headers with commas
 * @param queryStringParameters the query parameters ({@code query_string_parameters}), as the event
 *     carried them
 * @param body the body ({@code body}), base64 when {@code isBase64Encoded}; {@code null} for none
 * @param isBase64Encoded whether the body is base64 ({@code is_base64_encoded})
 */
public record VpcLatticeEvent(String method, String rawPath, Map<String, String> headers,
        Map<String, String> queryStringParameters, String body, boolean isBase64Encoded) {

    /**
     * Copies the maps; {@code null} maps become empty.
     *
     * @param method the HTTP method
     * @param rawPath the path
     * @param headers the headers
     * @param queryStringParameters the query parameters
     * @param body the body, or {@code null}
     * @param isBase64Encoded whether the body is base64
     */
    public VpcLatticeEvent {
        headers = copy(headers);
        queryStringParameters = copy(queryStringParameters);
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * @param json a version 1 event
     * @return the typed event
     */
    static VpcLatticeEvent from(EventJson json) {
        return new VpcLatticeEvent(json.string("method"), json.string("raw_path"), json.strings("headers"),
                json.strings("query_string_parameters"), json.string("body"), json.bool("is_base64_encoded"));
    }
}
