package dev.portico.feature.openapi;

import dev.portico.api.RouteOption;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * OpenAPI documentation of a route beyond what {@code RouteSpec} offers (summary, description, tags,
 * operation id, deprecated): responses, security requirements and extensions. Typed routes get one
 * from their annotations; plain routes set one as a route option:
 *
 * <pre>{@code
 * app.get("/todos/{id}", todos::find)
 *    .summary("Get a todo")
 *    .option(OperationDoc.OPTION, OperationDoc.builder()
 *        .response(200, "The todo", Todo.class)
 *        .response(404, "No such todo")
 *        .security("oauth2", "todos:read")
 *        .build());
 * }</pre>
 */
public final class OperationDoc {
    /** The route option holding a route's documentation. */
    public static final RouteOption<OperationDoc> OPTION = RouteOption.create("openapi.operation", OperationDoc.class, null);

    /**
     * One documented response.
     *
     * @param status the status code
     * @param description the description
     * @param type the body type, or {@code null} for a response without body
     * @param contentType the content type of the body
     * @param title the title of the body's schema, or {@code null} for the default
     */
    public record ResponseDoc(int status, String description, Type type, String contentType, String title) {
        /** Checks the parts. */
        public ResponseDoc {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Response status must be between 100 and 599, was " + status);
            }
            Objects.requireNonNull(description, "description");
            contentType = contentType == null ? "application/json" : contentType;
        }

        /**
         * A response whose schema keeps its default title.
         *
         * @param status the status code
         * @param description the description
         * @param type the body type, or {@code null} for a response without body
         * @param contentType the content type of the body
         */
        public ResponseDoc(int status, String description, Type type, String contentType) {
            this(status, description, type, contentType, null);
        }
    }

    private final List<ResponseDoc> responses;
    private final List<Map<String, List<String>>> security;
    private final Map<String, Object> extensions;

    private OperationDoc(Builder b) {
        this.responses = List.copyOf(b.responses);
        this.security = b.security == null ? null : List.copyOf(b.security);
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the documented responses, in order */
    public List<ResponseDoc> responses() {
        return responses;
    }

    /** @return the security requirements, or {@code null} to use the global ones */
    public List<Map<String, List<String>>> security() {
        return security;
    }

    /** @return the extensions, {@code x-} names to values */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Builds an {@link OperationDoc}. */
    public static final class Builder {
        private final List<ResponseDoc> responses = new ArrayList<>();
        private List<Map<String, List<String>>> security;
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param status the status @param description the description @return this builder */
        public Builder response(int status, String description) {
            return response(status, description, null, null);
        }

        /**
         * @param status the status
         * @param description the description
         * @param type the JSON body type (a class, or a generic type such as {@code List<Todo>})
         * @return this builder
         */
        public Builder response(int status, String description, Type type) {
            return response(status, description, type, null);
        }

        /**
         * @param status the status
         * @param description the description
         * @param type the body type, or {@code null}
         * @param contentType the content type, {@code application/json} when {@code null}
         * @return this builder
         */
        public Builder response(int status, String description, Type type, String contentType) {
            return response(status, description, type, contentType, null);
        }

        /**
         * @param status the status
         * @param description the description
         * @param type the body type, or {@code null} (a typed route's success status then shows its return)
         * @param contentType the content type, {@code application/json} when {@code null}
         * @param title the title of the body's schema, or {@code null} for the default
         * @return this builder
         */
        public Builder response(int status, String description, Type type, String contentType, String title) {
            responses.removeIf(r -> r.status() == status);
            responses.add(new ResponseDoc(status, description, type, contentType, title));
            return this;
        }

        /**
         * Adds a requirement: the named scheme (declared in {@link OpenApiConfig}) with scopes.
         *
         * @param scheme the scheme name
         * @param scopes the scopes
         * @return this builder
         */
        public Builder security(String scheme, String... scopes) {
            return security(Map.of(scheme, List.of(scopes)));
        }

        /**
         * Adds a requirement naming several schemes that must all be satisfied.
         *
         * @param requirement scheme names to scopes
         * @return this builder
         */
        public Builder security(Map<String, List<String>> requirement) {
            if (security == null) {
                security = new ArrayList<>();
            }
            security.add(Map.copyOf(requirement));
            return this;
        }

        /** @return this builder, with the empty requirement {@code {}} that makes security optional */
        public Builder optionalSecurity() {
            return security(Map.of());
        }

        /**
         * @param name the extension name, starting with {@code x-}
         * @param value its value: maps, lists, strings, numbers, booleans
         * @return this builder
         */
        public Builder extension(String name, Object value) {
            ExtensionNames.put(extensions, name, value);
            return this;
        }

        /** @return the documentation */
        public OperationDoc build() {
            return new OperationDoc(this);
        }
    }
}
