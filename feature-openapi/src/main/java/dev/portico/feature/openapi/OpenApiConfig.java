package dev.portico.feature.openapi;

import dev.portico.api.spi.FeatureConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the OpenAPI feature, passed to {@code Resolver.builder().configure(...)}: the
 * document's metadata, servers, security schemes and requirements, extensions, the status of
 * response validation errors, and Swagger UI.
 *
 * <pre>{@code
 * Resolver.builder()
 *     .include(OpenApi.routes(new TodoApi()))
 *     .configure(OpenApiConfig.builder()
 *         .title("TODO Manager API").version("1.0.0")
 *         .server("https://api.example.com", "Production")
 *         .securityScheme("oauth2", SecurityScheme.oauth2().authorizationCode(authUrl, tokenUrl, scopes))
 *         .security("oauth2", "admin")
 *         .swaggerUi(SwaggerUi.builder().persistAuthorization(true).build())
 *         .build())
 *     .build();
 * }</pre>
 */
public final class OpenApiConfig implements FeatureConfig {

    /**
     * @param name a contact name, or {@code null}
     * @param url a contact URL, or {@code null}
     * @param email a contact email, or {@code null}
     */
    public record Contact(String name, String url, String email) {
    }

    /**
     * @param name the license name
     * @param identifier an SPDX identifier such as {@code MIT}, or {@code null}
     * @param url the license URL, or {@code null} (not both with {@code identifier})
     */
    public record License(String name, String identifier, String url) {
        /** Checks the parts. */
        public License {
            Objects.requireNonNull(name, "name");
            if (identifier != null && url != null) {
                throw new IllegalArgumentException("A license has an identifier or a URL, not both");
            }
        }
    }

    /**
     * A tag of the document's top-level {@code tags} list (Powertools' {@code tags}): Swagger UI
     * groups operations by tag and shows the description above each group, in this order.
     *
     * @param name the name operations refer to with {@code tags(...)}
     * @param description a description (CommonMark), or {@code null}
     */
    public record Tag(String name, String description) {
        /** Checks the parts. */
        public Tag {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A tag needs a name");
            }
        }
    }

    /**
     * @param url the server URL, possibly relative such as {@code /prod}
     * @param description a description, or {@code null}
     * @param extensions {@code x-} extensions of the server
     */
    public record Server(String url, String description, Map<String, Object> extensions) {
        /** Checks the parts. */
        public Server {
            Objects.requireNonNull(url, "url");
            Map<String, Object> checked = new LinkedHashMap<>();
            extensions.forEach((k, v) -> ExtensionNames.put(checked, k, v));
            extensions = Collections.unmodifiableMap(checked);
        }
    }

    private final String title;
    private final String version;
    private final String summary;
    private final String description;
    private final String termsOfService;
    private final Contact contact;
    private final License license;
    private final List<Server> servers;
    private final List<Tag> tags;
    private final Map<String, SecurityScheme> securitySchemes;
    private final List<Map<String, List<String>>> security;
    private final Map<String, Object> extensions;
    private final int responseValidationStatus;
    private final SwaggerUi swaggerUi;

    private OpenApiConfig(Builder b) {
        this.title = b.title;
        this.version = b.version;
        this.summary = b.summary;
        this.description = b.description;
        this.termsOfService = b.termsOfService;
        this.contact = b.contact;
        this.license = b.license;
        this.servers = List.copyOf(b.servers);
        this.tags = List.copyOf(b.tags.values());
        this.securitySchemes = Collections.unmodifiableMap(new LinkedHashMap<>(b.securitySchemes));
        this.security = List.copyOf(b.security);
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
        this.responseValidationStatus = b.responseValidationStatus;
        this.swaggerUi = b.swaggerUi;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the configuration used when the application passes none */
    public static OpenApiConfig defaults() {
        return builder().build();
    }

    /** @return the API title */
    public String title() {
        return title;
    }

    /** @return the API version */
    public String version() {
        return version;
    }

    /** @return a short summary, or {@code null} */
    public String summary() {
        return summary;
    }

    /** @return a description, or {@code null} */
    public String description() {
        return description;
    }

    /** @return the terms of service URL, or {@code null} */
    public String termsOfService() {
        return termsOfService;
    }

    /** @return the contact, or {@code null} */
    public Contact contact() {
        return contact;
    }

    /** @return the license, or {@code null} */
    public License license() {
        return license;
    }

    /** @return the servers */
    public List<Server> servers() {
        return servers;
    }

    /** @return the top-level tags, in declaration order */
    public List<Tag> tags() {
        return tags;
    }

    /** @return the security schemes by name */
    public Map<String, SecurityScheme> securitySchemes() {
        return securitySchemes;
    }

    /** @return the global security requirements */
    public List<Map<String, List<String>>> security() {
        return security;
    }

    /** @return the root extensions */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** @return the status of a {@link ResponseValidationError}; 500 by default */
    public int responseValidationStatus() {
        return responseValidationStatus;
    }

    /** @return the Swagger UI settings, or {@code null} when Swagger UI is off */
    public SwaggerUi swaggerUi() {
        return swaggerUi;
    }

    /** Builds an {@link OpenApiConfig}. */
    public static final class Builder {
        private String title = "Portico API";
        private String version = "1.0.0";
        private String summary;
        private String description;
        private String termsOfService;
        private Contact contact;
        private License license;
        private final List<Server> servers = new ArrayList<>();
        private final Map<String, Tag> tags = new LinkedHashMap<>();
        private final Map<String, SecurityScheme> securitySchemes = new LinkedHashMap<>();
        private final List<Map<String, List<String>>> security = new ArrayList<>();
        private final Map<String, Object> extensions = new LinkedHashMap<>();
        private int responseValidationStatus = 500;
        private SwaggerUi swaggerUi;

        private Builder() {
        }

        /** @param title the API title @return this builder */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** @param version the API version @return this builder */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** @param summary a short summary @return this builder */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** @param description a description (CommonMark) @return this builder */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** @param url the terms of service URL @return this builder */
        public Builder termsOfService(String url) {
            this.termsOfService = url;
            return this;
        }

        /** @param name a name @param url a URL @param email an email @return this builder */
        public Builder contact(String name, String url, String email) {
            this.contact = new Contact(name, url, email);
            return this;
        }

        /** @param license the license @return this builder */
        public Builder license(License license) {
            this.license = license;
            return this;
        }

        /** @param url a server URL @param description its description @return this builder */
        public Builder server(String url, String description) {
            return server(new Server(url, description, Map.of()));
        }

        /** @param server a server @return this builder */
        public Builder server(Server server) {
            servers.add(Objects.requireNonNull(server, "server"));
            return this;
        }

        /**
         * Declares a top-level tag; declaring a name again replaces its description in place.
         *
         * @param name the tag name routes use
         * @param description its description, or {@code null}
         * @return this builder
         */
        public Builder tag(String name, String description) {
            Tag tag = new Tag(name, description);
            tags.put(tag.name(), tag);
            return this;
        }

        /** @param name the name requirements use @param scheme the scheme @return this builder */
        public Builder securityScheme(String name, SecurityScheme scheme) {
            securitySchemes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /**
         * Adds a global requirement, applying to operations that declare none.
         *
         * @param scheme a scheme name
         * @param scopes the scopes
         * @return this builder
         */
        public Builder security(String scheme, String... scopes) {
            security.add(Map.of(scheme, List.of(scopes)));
            return this;
        }

        /** @return this builder, with the global empty requirement {@code {}} (security optional) */
        public Builder optionalSecurity() {
            security.add(Map.of());
            return this;
        }

        /** @param name an extension name starting with {@code x-} @param value its value @return this builder */
        public Builder extension(String name, Object value) {
            ExtensionNames.put(extensions, name, value);
            return this;
        }

        /**
         * @param status the status answered when a typed route's result does not match its declared
         *     type: 500 by default (Powertools before v3 answered 422)
         * @return this builder
         */
        public Builder responseValidationStatus(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("The response validation status must be 4xx or 5xx, was " + status);
            }
            this.responseValidationStatus = status;
            return this;
        }

        /** @param settings Swagger UI settings; {@code null} for no Swagger UI @return this builder */
        public Builder swaggerUi(SwaggerUi settings) {
            this.swaggerUi = settings;
            return this;
        }

        /** @return the configuration */
        public OpenApiConfig build() {
            return new OpenApiConfig(this);
        }
    }
}
