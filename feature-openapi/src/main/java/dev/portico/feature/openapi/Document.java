package dev.portico.feature.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.feature.openapi.internal.JsonText;

/**
 * The OpenAPI document of one application: checked when the application is built, generated on
 * first use (the first {@code OpenApi.document} call or Swagger request), then kept.
 */
final class Document {
    private final DocumentBuilder builder;
    private volatile String json;

    Document(DocumentBuilder builder) {
        this.builder = builder;
    }

    void check() {
        builder.check();
    }

    String json() {
        String j = json;
        if (j == null) {
            synchronized (this) {
                j = json;
                if (j == null) {
                    ObjectNode doc = builder.build();
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
}
