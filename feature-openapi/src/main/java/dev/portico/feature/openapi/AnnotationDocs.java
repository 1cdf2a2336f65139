package dev.portico.feature.openapi;

import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Extension;
import dev.portico.feature.openapi.annotations.Security;
import dev.portico.feature.openapi.internal.JsonText;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** Reads {@link ApiResponse}, {@link Security} and {@link Extension} into an {@link OperationDoc}. */
final class AnnotationDocs {

    private AnnotationDocs() {
    }

    static OperationDoc read(Method m) {
        ApiResponse[] responses = m.getAnnotationsByType(ApiResponse.class);
        Security[] security = m.getAnnotationsByType(Security.class);
        Extension[] extensions = m.getAnnotationsByType(Extension.class);
        if (responses.length == 0 && security.length == 0 && extensions.length == 0) {
            return null;
        }
        OperationDoc.Builder b = OperationDoc.builder();
        for (ApiResponse r : responses) {
            b.response(r.status(), r.description(), r.type() == void.class ? null : r.type(), r.contentType(),
                    r.title().isEmpty() ? null : r.title());
        }
        for (Security s : security) {
            b.security(s.value().isEmpty() ? Map.of() : Map.of(s.value(), List.of(s.scopes())));
        }
        for (Extension e : extensions) {
            b.extension(e.name(), JsonText.json(e.value()));
        }
        return b.build();
    }
}
