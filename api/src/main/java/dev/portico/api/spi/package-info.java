/**
 * What plugin authors implement: {@link dev.portico.api.spi.EventSource} (one per Lambda event
 * format) and {@link dev.portico.api.spi.Feature} (cross-cutting behaviour such as CORS or
 * compression). Both are found with {@link java.util.ServiceLoader} once, when the application is
 * built: declare an implementation with {@code provides} in {@code module-info.java} <em>and</em> in
 * {@code META-INF/services}, so it is found on the module path and on the class path (where AWS Lambda
 * loads functions).
 */
package dev.portico.api.spi;
