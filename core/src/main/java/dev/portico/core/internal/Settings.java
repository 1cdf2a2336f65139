package dev.portico.core.internal;

import dev.portico.api.ExceptionHandler;
import dev.portico.api.Handler;
import dev.portico.api.JsonCodec;
import dev.portico.api.Middleware;
import dev.portico.api.RouteSpec;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureConfig;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the application builder collected, handed to {@link Engine#build(Settings)}.
 *
 * @param routes the declared routes
 * @param middlewares the global middlewares
 * @param exceptionHandlers exception handlers by type
 * @param context initial per-request context entries
 * @param notFound the not-found handler, or {@code null}
 * @param methodNotAllowed the method-not-allowed handler, or {@code null}
 * @param fixedSource the only source to use, or {@code null} to detect per event
 * @param sources explicitly registered sources
 * @param features explicitly registered features
 * @param discover whether to discover plugins with ServiceLoader
 * @param configs feature configurations
 * @param debug debug mode, or {@code null} to read the environment
 * @param stripPrefixes literal prefixes to strip
 * @param stripPatterns regular-expression prefixes to strip
 * @param json the JSON codec
 * @param problemDetails whether errors are answered as RFC 9457 Problem Details
 */
public record Settings(List<RouteSpec> routes, List<Middleware> middlewares,
                       Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers,
                       Map<String, Object> context, Handler notFound, Handler methodNotAllowed,
                       EventSource fixedSource, List<EventSource> sources, List<Feature> features,
                       boolean discover, List<FeatureConfig> configs, Boolean debug,
                       List<String> stripPrefixes, List<Pattern> stripPatterns, JsonCodec json,
                       boolean problemDetails) {
}
