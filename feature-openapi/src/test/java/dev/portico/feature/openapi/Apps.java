package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Map;

/** Builds test applications (event sources and the feature discovered) and reads responses. */
final class Apps {
    static final ObjectMapper M = new ObjectMapper();

    private Apps() {
    }

    static Resolver app(Object api) {
        return app(api, OpenApiConfig.defaults());
    }

    static Resolver app(Object api, OpenApiConfig config) {
        return Resolver.builder().debug(false).include(OpenApi.routes(api)).configure(config).build();
    }

    static PorticoClient client(Object api) {
        return PorticoClient.of(app(api));
    }

    static JsonNode json(String text) {
        try {
            return M.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The 422 body for one problem. */
    static JsonNode problem(List<Object> loc, String type, String msg) {
        return problem(422, loc, type, msg);
    }

    /** The error body for one problem, with a status. */
    static JsonNode problem(int status, List<Object> loc, String type, String msg) {
        return M.valueToTree(Map.of("statusCode", status,
                "detail", List.of(Map.of("loc", loc, "type", type, "msg", msg))));
    }

    /** The problems of a 422 (or 500) response, as {@code [loc, type]} pairs, messages dropped. */
    static List<List<Object>> locTypes(TestResponse r) {
        JsonNode detail = r.json().get("detail");
        return java.util.stream.StreamSupport.stream(detail.spliterator(), false)
                .map(p -> List.<Object>of(M.convertValue(p.get("loc"), List.class), p.get("type").asText()))
                .toList();
    }
}
