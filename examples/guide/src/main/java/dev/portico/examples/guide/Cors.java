package dev.portico.examples.guide;

import dev.portico.feature.cors.CorsConfig;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/** CORS, from {@code portico-feature-cors}. */
public final class Cors {

    private Cors() {
    }

    /** @return an application answering browsers from two origins */
    public static ApiGatewayRestResolver app() {
        // tag::cors[]
        var app = ApiGatewayRestResolver.builder();
        app.configure(CorsConfig.builder()
                .allowOrigin("https://www.example.com")
                .extraOrigins("https://dev.example.com")
                .allowHeaders("X-Correlation-Id")
                .exposeHeaders("X-Correlation-Id")
                .maxAge(300)
                .allowCredentials(true)
                .build());
        app.get("/todos", request -> Todos.SAMPLE);
        app.post("/todos", request -> request.body(Todo.class));
        app.get("/healthcheck", request -> "OK").cors(false);  // no CORS headers on this route
        // end::cors[]
        return app.build();
    }

    /** @return an application with the default CORS settings */
    public static ApiGatewayRestResolver defaults() {
        // tag::defaults[]
        var app = ApiGatewayRestResolver.builder();
        app.configure(CorsConfig.defaults());   // any origin: for development only
        app.get("/todos", request -> Todos.SAMPLE);
        // end::defaults[]
        return app.build();
    }
}
