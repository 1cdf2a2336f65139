package dev.portico.testing;

import static dev.portico.testing.EventParts.joined;
import static dev.portico.testing.EventParts.object;

import java.util.Map;

/**
 * Builds a VPC Lattice event in the first (1.0) format, with snake_case keys: {@code raw_path},
 * {@code method}, {@code headers} (lower-case names, repeated values joined by commas),
 * {@code query_string_parameters} (decoded, repeated values joined by commas), {@code body},
 * {@code is_base64_encoded}. Cookies go in a {@code cookie} header; the source IP in
 * {@code x-forwarded-for}.
 */
public final class VpcLatticeEventBuilder extends EventBuilder<VpcLatticeEventBuilder> {

    VpcLatticeEventBuilder() {
    }

    @Override
    public Map<String, Object> toMap() {
        return object(
                "raw_path", path(),
                "method", method(),
                "headers", joined(headerLists(true, true, true), ","),
                "query_string_parameters", joined(queryLists(), ","),
                "body", body() == null ? "" : body(),
                "is_base64_encoded", base64Encoded());
    }
}
