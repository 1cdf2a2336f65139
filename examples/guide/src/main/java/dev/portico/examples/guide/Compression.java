package dev.portico.examples.guide;

import dev.portico.api.Response;
import dev.portico.feature.compress.CompressConfig;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;

/** Compression, from {@code portico-feature-compress}. */
public final class Compression {

    private Compression() {
    }

    /** @return routes compressed by declaration and by response */
    public static ApiGatewayRestResolver app() {
        var app = ApiGatewayRestResolver.builder();
        // tag::route[]
        app.get("/todos", request -> Todos.SAMPLE).compress();
        // end::route[]
        // tag::response[]
        app.get("/todos/{id}", request -> Response.status(200)
                .body(Todos.find(Integer.parseInt(request.pathParam("id"))).orElseThrow())
                .compress(true)              // wins over the route's setting
                .build());
        // end::response[]
        return app.build();
    }

    /** @return an application compressing only bodies of 1 KiB or more */
    public static ApiGatewayRestResolver threshold() {
        // tag::threshold[]
        var app = ApiGatewayRestResolver.builder();
        app.configure(new CompressConfig(1024));   // leave bodies under 1 KiB alone
        app.get("/todos", request -> Todos.SAMPLE).compress();
        // end::threshold[]
        return app.build();
    }
}
