/**
 * Annotations of typed routes: the HTTP method and path ({@link dev.portico.feature.openapi.annotations.Get}
 * and friends), where each parameter comes from ({@link dev.portico.feature.openapi.annotations.Path},
 * {@link dev.portico.feature.openapi.annotations.Query}, {@link dev.portico.feature.openapi.annotations.Header},
 * {@link dev.portico.feature.openapi.annotations.Body}), constraints
 * ({@link dev.portico.feature.openapi.annotations.Min}, {@link dev.portico.feature.openapi.annotations.Max},
 * {@link dev.portico.feature.openapi.annotations.Length}, {@link dev.portico.feature.openapi.annotations.Pattern})
 * and OpenAPI documentation ({@link dev.portico.feature.openapi.annotations.Operation},
 * {@link dev.portico.feature.openapi.annotations.ApiResponse}, {@link dev.portico.feature.openapi.annotations.Security},
 * {@link dev.portico.feature.openapi.annotations.Extension}).
 */
package dev.portico.feature.openapi.annotations;
