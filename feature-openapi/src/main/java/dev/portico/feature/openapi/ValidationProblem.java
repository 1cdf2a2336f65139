package dev.portico.feature.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found while validating a request or a response, as Powertools reports it:
 * {@code {"loc":["query","completed"],"type":"bool_parsing","msg":"Input should be a valid boolean, ..."}}.
 *
 * @param loc where: {@code path}, {@code query}, {@code header}, {@code body} or {@code response},
 *     followed by parameter or property names and list indexes (integers)
 * @param type a pydantic-like code: {@code missing}, {@code int_parsing}, {@code string_too_short},
 *     {@code less_than_equal}, {@code enum}, {@code json_invalid}...
 * @param msg a message for people
 */
public record ValidationProblem(List<Object> loc, String type, String msg) {

    /** Checks and copies the parts. */
    public ValidationProblem {
        loc = List.copyOf(loc);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(msg, "msg");
    }

    /** @return {@code {"loc":[...],"type":"...","msg":"..."}}, ready for any JSON serializer */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(4);
        m.put("loc", loc);
        m.put("type", type);
        m.put("msg", msg);
        return m;
    }
}
