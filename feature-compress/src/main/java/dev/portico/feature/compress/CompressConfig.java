package dev.portico.feature.compress;

import dev.portico.api.spi.FeatureConfig;

/**
 * Compression settings, passed to the application builder with {@code configure(...)}:
 *
 * <pre>{@code
 * Resolver.builder().configure(new CompressConfig(1024))
 * }</pre>
 *
 * <p>Without it, every non-empty body of a route or response that asks for compression is
 * compressed ({@link #DEFAULT_MINIMUM_BYTES} is 0), as Powertools does: asking is the opt-in. Raise
 * the threshold to leave small bodies alone, where gzip's 20-odd bytes of framing outweigh the gain.
 *
 * @param minimumBytes the smallest serialized body, in bytes, that is compressed; 0 or more
 */
public record CompressConfig(int minimumBytes) implements FeatureConfig {
    /** The default threshold: compress any non-empty body. */
    public static final int DEFAULT_MINIMUM_BYTES = 0;

    /**
     * Checks the threshold.
     *
     * @param minimumBytes the smallest serialized body, in bytes, that is compressed; 0 or more
     */
    public CompressConfig {
        if (minimumBytes < 0) {
            throw new IllegalArgumentException("CompressConfig minimumBytes must be 0 or more, was " + minimumBytes);
        }
    }

    /** @return the defaults: compress any non-empty body */
    public static CompressConfig defaults() {
        return new CompressConfig(DEFAULT_MINIMUM_BYTES);
    }
}
