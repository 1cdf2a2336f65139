package dev.portico.api.spi;

/**
 * Configuration of a {@link Feature} that applications pass to the application builder, such as
 * CORS settings. The feature reads it with {@link FeatureContext#config(Class)}.
 */
public interface FeatureConfig {
}
