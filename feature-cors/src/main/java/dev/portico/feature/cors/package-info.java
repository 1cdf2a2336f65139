/**
 * CORS for Portico applications. Put this module on the class or module path and pass a
 * {@link dev.portico.feature.cors.CorsConfig}:
 *
 * <pre>{@code
 * Resolver app = Resolver.builder()
 *         .configure(CorsConfig.builder().allowOrigin("https://www.example.com").maxAge(300).build())
 *         .get("/todos", todos::list)
 *         .build();
 * }</pre>
 *
 * <p>Without a configuration (and outside debug mode) the feature adds nothing and costs nothing
 * per request. {@link dev.portico.feature.cors.CorsFeature} is public only so that applications
 * that turn discovery off can register it.
 */
package dev.portico.feature.cors;
