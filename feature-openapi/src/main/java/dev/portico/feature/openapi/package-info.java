/**
 * Data validation, OpenAPI and Swagger UI for Portico (Powertools' {@code enable_validation},
 * {@code get_openapi_json_schema} and {@code enable_swagger}).
 *
 * <ul>
 *   <li>{@link dev.portico.feature.openapi.OpenApi#routes(Object)} turns the annotated methods of a
 *       class into typed routes: parameters and bodies are converted and validated (422 with every
 *       problem, see {@link dev.portico.feature.openapi.RequestValidationError}), results are
 *       validated against their declared type ({@link dev.portico.feature.openapi.ResponseValidationError}).</li>
 *   <li>{@link dev.portico.feature.openapi.OpenApi#document(dev.portico.core.Resolver)} returns the
 *       OpenAPI 3.1.0 document of an application, configured with
 *       {@link dev.portico.feature.openapi.OpenApiConfig}; plain routes add documentation with
 *       {@link dev.portico.feature.openapi.OperationDoc}.</li>
 *   <li>{@link dev.portico.feature.openapi.SwaggerUi} adds the Swagger UI route.</li>
 *   <li>{@link dev.portico.feature.openapi.SchemaValidationMiddleware} validates bodies against
 *       JSON Schemas written by hand.</li>
 * </ul>
 */
package dev.portico.feature.openapi;
