package dev.portico.feature.openapi;

import dev.portico.api.HttpMethod;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of an application's OpenAPI declarations that run when the application is built:
 * requirements naming undeclared security schemes, duplicate operation ids. They read route options
 * only: no schema is generated and no JSON tree is built, so they cost next to nothing at init; the
 * document itself is generated on the first request for it.
 */
final class Declarations {

    private Declarations() {
    }

    /**
     * @param config the configuration
     * @param routes the application's routes
     * @throws IllegalStateException with a message saying how to fix it
     */
    static void check(OpenApiConfig config, List<Route> routes) {
        checkRequirements(config, config.security(), "A global security requirement");
        Map<String, String> ids = new HashMap<>();
        for (Route r : documented(routes)) {
            OperationDoc doc = r.option(OperationDoc.OPTION);
            if (doc != null && doc.security() != null) {
                checkRequirements(config, doc.security(), "Route " + describe(r));
            }
            String id = r.option(RouteOption.OPERATION_ID);
            if (id != null) {
                String previous = ids.put(id, describe(r));
                if (previous != null) {
                    throw new IllegalStateException("Routes " + previous + " and " + describe(r)
                            + " have the same operation id '" + id + "'; operation ids must be unique");
                }
            }
        }
    }

    private static void checkRequirements(OpenApiConfig config, List<Map<String, List<String>>> requirements,
                                          String who) {
        for (Map<String, List<String>> req : requirements) {
            for (String scheme : req.keySet()) {
                if (!config.securitySchemes().containsKey(scheme)) {
                    throw new IllegalStateException(who + " names the security scheme '" + scheme
                            + "', which is not defined: declare it with OpenApiConfig.builder().securityScheme(\""
                            + scheme + "\", ...) (defined: " + config.securitySchemes().keySet() + ")");
                }
            }
        }
    }

    /** @return the routes the document shows: not hidden, not {@code ANY}, with an OpenAPI path */
    static List<Route> documented(List<Route> routes) {
        // A loop, not a stream: this runs at init, where a pipeline and its lambdas load classes.
        List<Route> out = new ArrayList<>(routes.size());
        for (Route r : routes) {
            if (!Boolean.FALSE.equals(r.option(RouteOption.INCLUDE_IN_SCHEMA)) && !r.methods().contains(HttpMethod.ANY)
                    && PathTemplates.openApiPath(r.path()) != null) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static String describe(Route r) {
        return String.join(",", r.methods()) + " " + r.path();
    }
}
