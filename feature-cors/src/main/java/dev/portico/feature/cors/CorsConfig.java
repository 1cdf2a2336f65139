package dev.portico.feature.cors;

import dev.portico.api.spi.FeatureConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * CORS settings (Powertools' {@code CORSConfig}), passed to the application builder with
 * {@code configure(...)}:
 *
 * <pre>{@code
 * CorsConfig cors = CorsConfig.builder()
 *         .allowOrigin("https://www.example.com")
 *         .extraOrigins("https://dev.example.com")
 *         .maxAge(300)
 *         .build();
 * }</pre>
 *
 * <p>Defaults: any origin ({@code *}), no extra origins, the allowed headers
 * {@code Authorization, Content-Type, X-Amz-Date, X-Api-Key, X-Amz-Security-Token} (headers you add
 * extend this list), no exposed headers, no max age, no credentials. Immutable.
 */
public final class CorsConfig implements FeatureConfig {
    /** The origin value that allows every origin. */
    public static final String ANY_ORIGIN = "*";
    private static final List<String> DEFAULT_ALLOW_HEADERS =
            List.of("Authorization", "Content-Type", "X-Amz-Date", "X-Api-Key", "X-Amz-Security-Token");
    private static final CorsConfig DEFAULTS = builder().build();

    private final String allowOrigin;
    private final List<String> extraOrigins;
    private final List<String> allowHeaders;
    private final List<String> exposeHeaders;
    private final Duration maxAge;
    private final boolean allowCredentials;

    private CorsConfig(Builder b) {
        this.allowOrigin = b.allowOrigin;
        this.extraOrigins = List.copyOf(b.extraOrigins);
        TreeMap<String, String> headers = new TreeMap<>();
        for (String h : DEFAULT_ALLOW_HEADERS) {
            headers.putIfAbsent(h.toLowerCase(Locale.ROOT), h);
        }
        for (String h : b.allowHeaders) {
            headers.putIfAbsent(h.toLowerCase(Locale.ROOT), h);
        }
        List<String> sorted = new ArrayList<>(headers.values());
        Collections.sort(sorted);
        this.allowHeaders = List.copyOf(sorted);
        this.exposeHeaders = List.copyOf(b.exposeHeaders);
        this.maxAge = b.maxAge;
        this.allowCredentials = b.allowCredentials;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the default settings: any origin, the default allowed headers, nothing else */
    public static CorsConfig defaults() {
        return DEFAULTS;
    }

    /** @return the main allowed origin, {@code *} for any */
    public String allowOrigin() {
        return allowOrigin;
    }

    /** @return further allowed origins */
    public List<String> extraOrigins() {
        return extraOrigins;
    }

    /** @return every allowed origin: {@link #allowOrigin()} then {@link #extraOrigins()} */
    public Set<String> origins() {
        Set<String> all = new java.util.LinkedHashSet<>();
        all.add(allowOrigin);
        all.addAll(extraOrigins);
        return Collections.unmodifiableSet(all);
    }

    /** @return whether every origin is allowed ({@code *} among the origins) */
    public boolean allowsAnyOrigin() {
        return ANY_ORIGIN.equals(allowOrigin) || extraOrigins.contains(ANY_ORIGIN);
    }

    /** @return the allowed request headers: the defaults plus the added ones, sorted, without duplicates */
    public List<String> allowHeaders() {
        return allowHeaders;
    }

    /** @return the response headers browsers may expose to scripts, in the order given */
    public List<String> exposeHeaders() {
        return exposeHeaders;
    }

    /** @return how long browsers may cache a pre-flight answer, if set */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /** @return whether credentialed requests (cookies, authorization) are allowed */
    public boolean allowCredentials() {
        return allowCredentials;
    }

    @Override
    public String toString() {
        return "CorsConfig[origins=" + origins() + ", allowHeaders=" + allowHeaders + ", exposeHeaders="
                + exposeHeaders + ", maxAge=" + maxAge + ", allowCredentials=" + allowCredentials + "]";
    }

    /** Builds a {@link CorsConfig}; every setting starts at its default. */
    public static final class Builder {
        private String allowOrigin = ANY_ORIGIN;
        private final List<String> extraOrigins = new ArrayList<>();
        private final List<String> allowHeaders = new ArrayList<>();
        private final List<String> exposeHeaders = new ArrayList<>();
        private Duration maxAge;
        private boolean allowCredentials;

        private Builder() {
        }

        /**
         * @param origin the allowed origin such as {@code https://www.example.com}, or {@code *} for any
         *     (the default; not for production)
         * @return this builder
         */
        public Builder allowOrigin(String origin) {
            this.allowOrigin = checkOrigin(origin);
            return this;
        }

        /**
         * @param origins further allowed origins, added to those given before
         * @return this builder
         */
        public Builder extraOrigins(String... origins) {
            return extraOrigins(List.of(origins));
        }

        /**
         * @param origins further allowed origins, added to those given before
         * @return this builder
         */
        public Builder extraOrigins(Collection<String> origins) {
            for (String o : origins) {
                extraOrigins.add(checkOrigin(o));
            }
            return this;
        }

        /**
         * @param headers request headers to allow in addition to the defaults
         * @return this builder
         */
        public Builder allowHeaders(String... headers) {
            return allowHeaders(List.of(headers));
        }

        /**
         * @param headers request headers to allow in addition to the defaults
         * @return this builder
         */
        public Builder allowHeaders(Collection<String> headers) {
            for (String h : headers) {
                allowHeaders.add(checkToken(h, "allowHeaders"));
            }
            return this;
        }

        /**
         * @param headers response headers browsers may expose to scripts, added to those given before
         * @return this builder
         */
        public Builder exposeHeaders(String... headers) {
            return exposeHeaders(List.of(headers));
        }

        /**
         * @param headers response headers browsers may expose to scripts, added to those given before
         * @return this builder
         */
        public Builder exposeHeaders(Collection<String> headers) {
            for (String h : headers) {
                exposeHeaders.add(checkToken(h, "exposeHeaders"));
            }
            return this;
        }

        /**
         * @param maxAge how long browsers may cache a pre-flight answer, whole seconds (fractions are
         *     dropped); {@code null} for none
         * @return this builder
         */
        public Builder maxAge(Duration maxAge) {
            if (maxAge != null && maxAge.isNegative()) {
                throw new IllegalArgumentException("CORS maxAge must not be negative, was " + maxAge);
            }
            this.maxAge = maxAge == null ? null : Duration.ofSeconds(maxAge.getSeconds());
            return this;
        }

        /**
         * @param seconds how long browsers may cache a pre-flight answer, in seconds
         * @return this builder
         */
        public Builder maxAge(int seconds) {
            return maxAge(Duration.ofSeconds(seconds));
        }

        /**
         * @param allow whether to allow credentialed requests; needs explicit origins
         * @return this builder
         */
        public Builder allowCredentials(boolean allow) {
            this.allowCredentials = allow;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalStateException when credentials are allowed for any origin
         */
        public CorsConfig build() {
            if (allowCredentials && (ANY_ORIGIN.equals(allowOrigin) || extraOrigins.contains(ANY_ORIGIN))) {
                throw new IllegalStateException("CORS allowCredentials(true) cannot be combined with the wildcard "
                        + "origin '*': any web site could then make credentialed requests. Name the origins that may "
                        + "send credentials with allowOrigin(\"https://...\") and extraOrigins(...), or turn "
                        + "credentials off.");
            }
            return new CorsConfig(this);
        }

        private static String checkOrigin(String origin) {
            Objects.requireNonNull(origin, "origin");
            if (origin.isEmpty()) {
                throw new IllegalArgumentException("A CORS origin must not be empty; use \"*\" for any origin");
            }
            for (int i = 0; i < origin.length(); i++) {
                char c = origin.charAt(i);
                if (c <= ' ' || c >= 127 || c == ',') {
                    throw new IllegalArgumentException("CORS origin '" + origin.strip() + "' must be one origin such "
                            + "as https://www.example.com, without spaces or commas; pass more with extraOrigins");
                }
            }
            if (origin.endsWith("/") && origin.contains("://")) {
                throw new IllegalArgumentException("CORS origin '" + origin + "' ends with '/': browsers send origins "
                        + "without a path, write " + origin.substring(0, origin.length() - 1));
            }
            return origin;
        }

        private static String checkToken(String header, String what) {
            Objects.requireNonNull(header, what);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("CORS " + what + " holds an empty header name");
            }
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("CORS " + what + ": '" + header.strip()
                            + "' is not a header name (pass each name separately, without commas or spaces)");
                }
            }
            return header;
        }
    }
}
