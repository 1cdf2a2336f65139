package dev.portico.feature.openapi;

import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.ApiResponses;
import dev.portico.feature.openapi.annotations.Extension;
import dev.portico.feature.openapi.annotations.Extensions;
import dev.portico.feature.openapi.annotations.Security;
import dev.portico.feature.openapi.annotations.SecurityRequirements;
import dev.portico.feature.openapi.internal.JsonText;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** Reads {@link ApiResponse}, {@link Security} and {@link Extension} into an {@link OperationDoc}. */
final class AnnotationDocs {

    private static final ApiResponse[] NO_RESPONSES = {};
    private static final Security[] NO_SECURITY = {};
    private static final Extension[] NO_EXTENSIONS = {};

    private AnnotationDocs() {
    }

    /**
     * {@code m.getAnnotationsByType(type)}, called only when the method carries the annotation or its
     * container: the JDK otherwise parses the {@code @Repeatable} meta-annotation (a proxy class and
     * the annotation-support classes) at start-up just to find nothing.
     */
    static <A extends Annotation> A[] byType(Method m, Class<A> type, Class<? extends Annotation> container, A[] none) {
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (a.annotationType() == type || a.annotationType() == container) {
                return m.getAnnotationsByType(type);
            }
        }
        return none;
    }

    static OperationDoc read(Method m) {
        ApiResponse[] responses = byType(m, ApiResponse.class, ApiResponses.class, NO_RESPONSES);
        Security[] security = byType(m, Security.class, SecurityRequirements.class, NO_SECURITY);
        Extension[] extensions = byType(m, Extension.class, Extensions.class, NO_EXTENSIONS);
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
