package dev.portico.feature.openapi;

import dev.portico.api.Middleware;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the Swagger UI route (Powertools' {@code enable_swagger}), passed to
 * {@link OpenApiConfig.Builder#swaggerUi(SwaggerUi)}; without them there is no Swagger route.
 *
 * <p>{@code GET /swagger} answers the Swagger UI page for the current document,
 * {@code GET /swagger?format=json} the document itself. The page loads Swagger UI's JavaScript and
 * CSS from {@link Builder#cdn(String)} when set; otherwise from {@code /swagger/assets/} when the
 * {@code org.webjars:swagger-ui} jar is on the class path; otherwise from {@link #DEFAULT_CDN}, a
 * pinned version checked with subresource integrity (a base URL of your own gets no integrity: you
 * choose what it serves). The
 * page finds its own URL in the browser, so it works behind any event source, stage or stripped
 * prefix. Swagger UI is public unless you protect it with {@link Builder#middleware(Middleware...)}.
 */
public final class SwaggerUi {
    /**
     * The Swagger UI version the default CDN URL is pinned to: the version of the
     * {@code org.webjars:swagger-ui} jar Portico's build manages, whose files are byte for byte those
     * of {@code swagger-ui-dist} at that version on npm.
     */
    public static final String CDN_VERSION = "5.17.14";
    /**
     * The CDN used when no base URL is set and the webjar is missing, pinned to {@link #CDN_VERSION};
     * the page loads its files with {@code integrity} ({@link #CSS_INTEGRITY}, {@link #BUNDLE_INTEGRITY})
     * and {@code crossorigin="anonymous"}, so the browser refuses any other bytes.
     */
    public static final String DEFAULT_CDN = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@" + CDN_VERSION;
    /** Subresource integrity of {@code swagger-ui.css} at {@link #CDN_VERSION}. */
    public static final String CSS_INTEGRITY = "sha384-wxLW6kwyHktdDGr6Pv1zgm/VGJh99lfUbzSn6HNHBENZlCN7W602k9VkGdxuFvPn";
    /** Subresource integrity of {@code swagger-ui-bundle.js} at {@link #CDN_VERSION}. */
    public static final String BUNDLE_INTEGRITY = "sha384-wmyclcVGX/WhUkdkATwhaK1X1JtiNrr2EoYJ+diV3vj4v6OC5yCeSu+yW13SYJep";

    /**
     * Swagger UI's OAuth2 client settings ({@code initOAuth}), prefilled in its login dialog.
     *
     * @param clientId the client id
     * @param realm the realm, or {@code null}
     * @param appName the application name, or {@code null}
     * @param scopes the scopes selected by default
     * @param additionalQueryStringParams extra parameters of the authorization request
     * @param useBasicAuthenticationWithAccessCodeGrant send the client id as HTTP Basic authentication
     * @param usePkceWithAuthorizationCodeGrant use PKCE with the authorization code flow
     */
    public record OAuth2(String clientId, String realm, String appName, List<String> scopes,
                         Map<String, String> additionalQueryStringParams,
                         boolean useBasicAuthenticationWithAccessCodeGrant,
                         boolean usePkceWithAuthorizationCodeGrant) {
        /** Copies the collections. */
        public OAuth2 {
            Objects.requireNonNull(clientId, "clientId");
            scopes = List.copyOf(scopes);
            additionalQueryStringParams = Map.copyOf(additionalQueryStringParams);
        }

        /**
         * @param clientId the client id
         * @param scopes the scopes selected by default
         * @return settings using PKCE with the authorization code flow
         */
        public static OAuth2 pkce(String clientId, String... scopes) {
            return new OAuth2(clientId, null, null, List.of(scopes), Map.of(), false, true);
        }
    }

    private final String path;
    private final String cdn;
    private final boolean persistAuthorization;
    private final OAuth2 oauth2;
    private final List<Middleware> middlewares;
    private final boolean compress;
    private final String title;

    private SwaggerUi(Builder b) {
        this.path = b.path;
        this.cdn = b.cdn;
        this.persistAuthorization = b.persistAuthorization;
        this.oauth2 = b.oauth2;
        this.middlewares = List.copyOf(b.middlewares);
        this.compress = b.compress;
        this.title = b.title;
    }

    /** @return Swagger UI at {@code /swagger} with default settings */
    public static SwaggerUi create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the route path */
    public String path() {
        return path;
    }

    /** @return the CDN base URL, or {@code null} to use the webjar when present */
    public String cdn() {
        return cdn;
    }

    /** @return whether Swagger UI keeps authorization data across reloads */
    public boolean persistAuthorization() {
        return persistAuthorization;
    }

    /** @return the OAuth2 client settings, or {@code null} */
    public OAuth2 oauth2() {
        return oauth2;
    }

    /** @return middlewares run for the Swagger routes */
    public List<Middleware> middlewares() {
        return middlewares;
    }

    /** @return whether the Swagger routes ask for compression (needs feature-compress) */
    public boolean compress() {
        return compress;
    }

    /** @return the page title, or {@code null} for the document title */
    public String title() {
        return title;
    }

    /** Builds {@link SwaggerUi} settings. */
    public static final class Builder {
        private String path = "/swagger";
        private String cdn;
        private boolean persistAuthorization;
        private OAuth2 oauth2;
        private final List<Middleware> middlewares = new ArrayList<>();
        private boolean compress;
        private String title;

        private Builder() {
        }

        /** @param path the route path, {@code /swagger} by default @return this builder */
        public Builder path(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/") || path.contains("{") || path.contains("<")) {
                throw new IllegalArgumentException("The Swagger UI path must be a static path starting with /, was "
                        + path);
            }
            this.path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return this;
        }

        /**
         * @param baseUrl where {@code swagger-ui.css} and {@code swagger-ui-bundle.js} are, e.g.
         *     {@link #DEFAULT_CDN}
         * @return this builder
         */
        public Builder cdn(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            this.cdn = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        /** @param on keep authorization data (tokens) across browser reloads @return this builder */
        public Builder persistAuthorization(boolean on) {
            this.persistAuthorization = on;
            return this;
        }

        /** @param settings OAuth2 client settings for the login dialog @return this builder */
        public Builder oauth2(OAuth2 settings) {
            this.oauth2 = settings;
            return this;
        }

        /** @param middleware middlewares run for the Swagger routes, e.g. authentication @return this builder */
        public Builder middleware(Middleware... middleware) {
            for (Middleware m : middleware) {
                middlewares.add(Objects.requireNonNull(m, "middleware"));
            }
            return this;
        }

        /** @param on compress the page and assets (needs portico-feature-compress) @return this builder */
        public Builder compress(boolean on) {
            this.compress = on;
            return this;
        }

        /** @param title the page title @return this builder */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** @return the settings */
        public SwaggerUi build() {
            return new SwaggerUi(this);
        }
    }

    static Map<String, Object> oauth2Settings(OAuth2 o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", o.clientId());
        if (o.realm() != null) {
            m.put("realm", o.realm());
        }
        if (o.appName() != null) {
            m.put("appName", o.appName());
        }
        m.put("scopes", String.join(" ", o.scopes()));
        if (!o.additionalQueryStringParams().isEmpty()) {
            m.put("additionalQueryStringParams", o.additionalQueryStringParams());
        }
        m.put("useBasicAuthenticationWithAccessCodeGrant", o.useBasicAuthenticationWithAccessCodeGrant());
        m.put("usePkceWithAuthorizationCodeGrant", o.usePkceWithAuthorizationCodeGrant());
        return m;
    }
}
