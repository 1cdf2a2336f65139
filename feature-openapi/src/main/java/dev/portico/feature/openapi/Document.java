package dev.portico.feature.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Route;
import dev.portico.feature.openapi.internal.JsonText;
import java.util.List;

/**
 * The OpenAPI document of one application. When the application is built only its declarations
 * are checked ({@link Declarations}); the document and its schemas are generated on the first
 * request for it (the first {@code OpenApi.document} call or Swagger request), once even when
 * several threads ask at the same time, then kept.
 */
final class Document {
    private final OpenApiConfig config;
    private final List<Route> routes;
    private volatile String json;
    private int builds;

    Document(OpenApiConfig config, List<Route> routes) {
        this.config = config;
        this.routes = routes;
    }

    /** Checks the declarations without generating anything. */
    void check() {
        Declarations.check(config, routes);
    }

    String json() {
        String j = json;
        if (j == null) {
            synchronized (this) {
                j = json;
                if (j == null) {
                    builds++;
                    ObjectNode doc = new DocumentBuilder(config, routes).build();
                    try {
                        j = JsonText.mapper().writeValueAsString(doc);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("Cannot write the OpenAPI document", e);
                    }
                    json = j;
                }
            }
        }
        return j;
    }

    /** @return how many times the document was generated: 0 until first asked for, then 1 */
    synchronized int builds() {
        return builds;
    }
}
