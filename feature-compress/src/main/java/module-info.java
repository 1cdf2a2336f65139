/**
 * Portico's compression feature: gzip-compresses the responses of routes declared with
 * {@code compress()} (or responses built with {@code compress(true)}) when the client accepts gzip.
 * Found by {@link java.util.ServiceLoader} as the {@link dev.portico.api.spi.Feature}
 * {@code compress}; optionally configured with {@link dev.portico.feature.compress.CompressConfig}.
 */
module dev.portico.feature.compress {
    requires transitive dev.portico.api;

    exports dev.portico.feature.compress;

    provides dev.portico.api.spi.Feature with dev.portico.feature.compress.CompressFeature;
}
