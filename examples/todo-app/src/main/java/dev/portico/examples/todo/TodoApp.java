package dev.portico.examples.todo;

import dev.portico.feature.cors.CorsConfig;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.feature.openapi.OpenApiConfig;
import dev.portico.feature.openapi.SwaggerUi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/**
 * The todo API, assembled: the {@code /todos} routes (typed ones in {@link TodoApi}, the list in
 * {@link TodoRoutes}) and the assets ({@link AssetRoutes}), a correlation id on every request, CORS for
 * the web front end, compression of the routes declared with {@code compress()}, the API's own error
 * bodies, and an OpenAPI document with Swagger UI at {@value #SWAGGER}. Answers API Gateway REST
 * events.
 */
public final class TodoApp {
    /** The header carrying the correlation id, both ways. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The web front end's origin, allowed by CORS. */
    public static final String FRONT_END = "https://todo.example.com";
    /** The front end's development server, allowed by CORS too. */
    public static final String FRONT_END_DEV = "http://localhost:3000";
    /** Where Swagger UI is; {@code ?format=json} gives the OpenAPI document. */
    public static final String SWAGGER = "/swagger";

    private TodoApp() {
    }

    /** @return the CORS settings: the front end's origins, the correlation header allowed and exposed */
    public static CorsConfig cors() {
        return CorsConfig.builder()
                .allowOrigin(FRONT_END)
                .extraOrigins(FRONT_END_DEV)
                .allowHeaders(CORRELATION_HEADER)
                .exposeHeaders(CORRELATION_HEADER, "Location")
                .maxAge(600)
                .build();
    }

    /**
     * @return the OpenAPI settings: the document's metadata and Swagger UI at {@value #SWAGGER}, whose
     *     assets come from the swagger-ui webjar when it is on the class path (offline), else from a CDN
     */
    public static OpenApiConfig openApi() {
        return OpenApiConfig.builder()
                .title("Todo API")
                .version("1.0.0")
                .description("A small todo API built with Portico: CRUD on an in-memory store.")
                .swaggerUi(SwaggerUi.builder().path(SWAGGER).title("Todo API").build())
                .build();
    }

    /**
     * @param store where todos live
     * @return the application
     */
    public static ApiGatewayRestResolver create(TodoStore store) {
        var app = ApiGatewayRestResolver.builder();
        app.configure(cors());
        app.configure(openApi());
        app.use(new CorrelationIdMiddleware(CORRELATION_HEADER));
        app.include(new TodoRoutes(store).router(), "/todos");
        app.include(OpenApi.routes(new TodoApi(store)));
        app.include(AssetRoutes.router());
        TodoErrors.register(app, CORRELATION_HEADER);
        return app.build();
    }
}
