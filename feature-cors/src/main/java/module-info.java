/**
 * Portico's CORS feature: adds {@code Access-Control-*} headers to the responses of allowed origins
 * and answers pre-flight {@code OPTIONS} requests. Found by {@link java.util.ServiceLoader} as the
 * {@link dev.portico.api.spi.Feature} {@code cors}; configured with
 * {@link dev.portico.feature.cors.CorsConfig}.
 */
module dev.portico.feature.cors {
    requires transitive dev.portico.api;

    exports dev.portico.feature.cors;

    provides dev.portico.api.spi.Feature with dev.portico.feature.cors.CorsFeature;
}
