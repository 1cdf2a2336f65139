package dev.portico.feature.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A security scheme of the OpenAPI document (Powertools' {@code HTTPBase}, {@code APIKey},
 * {@code OAuth2}, {@code OpenIdConnect} and {@code MutualTLS}), declared in {@link OpenApiConfig}
 * under a name that requirements refer to. Portico documents schemes; it does not enforce them.
 * Immutable: each method returns a copy.
 *
 * <pre>{@code
 * SecurityScheme.oauth2()
 *     .authorizationCode("https://auth.example.com/authorize", "https://auth.example.com/token",
 *                        Map.of("admin", "Full access"))
 *     .description("Company login")
 * }</pre>
 */
public final class SecurityScheme {

    /** Where an API key is sent. */
    public enum In {
        /** In a query parameter. */
        QUERY,
        /** In a header. */
        HEADER,
        /** In a cookie. */
        COOKIE
    }

    /**
     * An OAuth2 flow.
     *
     * @param authorizationUrl the authorization URL (implicit and authorization code flows)
     * @param tokenUrl the token URL (password, client credentials and authorization code flows)
     * @param refreshUrl the refresh URL, or {@code null}
     * @param scopes scope names to descriptions
     */
    public record Flow(String authorizationUrl, String tokenUrl, String refreshUrl, Map<String, String> scopes) {
        /** Copies the scopes. */
        public Flow {
            scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        }
    }

    private final String type;
    private final Map<String, Object> fields;
    private final Map<String, Flow> flows;
    private final String description;
    private final Map<String, Object> extensions;

    private SecurityScheme(String type, Map<String, Object> fields, Map<String, Flow> flows, String description,
                           Map<String, Object> extensions) {
        this.type = type;
        this.fields = Collections.unmodifiableMap(fields);
        this.flows = Collections.unmodifiableMap(flows);
        this.description = description;
        this.extensions = Collections.unmodifiableMap(extensions);
    }

    private static SecurityScheme of(String type, Map<String, Object> fields) {
        return new SecurityScheme(type, fields, new LinkedHashMap<>(), null, new LinkedHashMap<>());
    }

    /**
     * @param scheme an HTTP authentication scheme such as {@code basic} or {@code bearer}
     * @return an HTTP scheme
     */
    public static SecurityScheme http(String scheme) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("scheme", Objects.requireNonNull(scheme, "scheme"));
        return of("http", f);
    }

    /**
     * @param bearerFormat a hint such as {@code JWT}, or {@code null}
     * @return an HTTP bearer scheme
     */
    public static SecurityScheme bearer(String bearerFormat) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("scheme", "bearer");
        if (bearerFormat != null) {
            f.put("bearerFormat", bearerFormat);
        }
        return of("http", f);
    }

    /**
     * @param name the header, query parameter or cookie name
     * @param in where the key is sent
     * @return an API key scheme
     */
    public static SecurityScheme apiKey(String name, In in) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", Objects.requireNonNull(name, "name"));
        f.put("in", in.name().toLowerCase(java.util.Locale.ROOT));
        return of("apiKey", f);
    }

    /** @return an OAuth2 scheme; add flows with {@link #authorizationCode} and the like */
    public static SecurityScheme oauth2() {
        return of("oauth2", new LinkedHashMap<>());
    }

    /**
     * @param openIdConnectUrl the OpenID Connect discovery URL
     * @return an OpenID Connect scheme
     */
    public static SecurityScheme openIdConnect(String openIdConnectUrl) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("openIdConnectUrl", Objects.requireNonNull(openIdConnectUrl, "openIdConnectUrl"));
        return of("openIdConnect", f);
    }

    /** @return a mutual TLS scheme */
    public static SecurityScheme mutualTls() {
        return of("mutualTLS", new LinkedHashMap<>());
    }

    /** @param text a description @return a copy with it */
    public SecurityScheme description(String text) {
        return new SecurityScheme(type, new LinkedHashMap<>(fields), new LinkedHashMap<>(flows), text,
                new LinkedHashMap<>(extensions));
    }

    /**
     * @param name an extension name starting with {@code x-}
     * @param value its value
     * @return a copy with the extension
     */
    public SecurityScheme extension(String name, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ExtensionNames.put(ext, name, value);
        return new SecurityScheme(type, new LinkedHashMap<>(fields), new LinkedHashMap<>(flows), description, ext);
    }

    /** @param authorizationUrl the URL @param scopes the scopes @return a copy with an implicit flow */
    public SecurityScheme implicit(String authorizationUrl, Map<String, String> scopes) {
        return flow("implicit", new Flow(authorizationUrl, null, null, scopes));
    }

    /** @param tokenUrl the URL @param scopes the scopes @return a copy with a password flow */
    public SecurityScheme password(String tokenUrl, Map<String, String> scopes) {
        return flow("password", new Flow(null, tokenUrl, null, scopes));
    }

    /** @param tokenUrl the URL @param scopes the scopes @return a copy with a client credentials flow */
    public SecurityScheme clientCredentials(String tokenUrl, Map<String, String> scopes) {
        return flow("clientCredentials", new Flow(null, tokenUrl, null, scopes));
    }

    /**
     * @param authorizationUrl the authorization URL
     * @param tokenUrl the token URL
     * @param scopes the scopes
     * @return a copy with an authorization code flow
     */
    public SecurityScheme authorizationCode(String authorizationUrl, String tokenUrl, Map<String, String> scopes) {
        return flow("authorizationCode", new Flow(authorizationUrl, tokenUrl, null, scopes));
    }

    /**
     * @param name {@code implicit}, {@code password}, {@code clientCredentials} or {@code authorizationCode}
     * @param flow the flow
     * @return a copy with the flow
     */
    public SecurityScheme flow(String name, Flow flow) {
        if (!"oauth2".equals(type)) {
            throw new IllegalStateException("Only OAuth2 schemes have flows; this is a " + type + " scheme");
        }
        Map<String, Flow> f = new LinkedHashMap<>(flows);
        f.put(name, Objects.requireNonNull(flow, "flow"));
        return new SecurityScheme(type, new LinkedHashMap<>(fields), f, description, new LinkedHashMap<>(extensions));
    }

    /** @return the OpenAPI type: {@code http}, {@code apiKey}, {@code oauth2}, {@code openIdConnect}, {@code mutualTLS} */
    public String type() {
        return type;
    }

    /** @return the type-specific fields ({@code scheme}, {@code name}, {@code in}, ...) */
    public Map<String, Object> fields() {
        return fields;
    }

    /** @return the OAuth2 flows by name */
    public Map<String, Flow> flows() {
        return flows;
    }

    /** @return the description, or {@code null} */
    public String descriptionText() {
        return description;
    }

    /** @return the extensions */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
