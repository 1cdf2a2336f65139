package dev.portico.examples.guide;

import dev.portico.core.Resolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.util.Map;

/** Naming the builder's type in helpers and fields. */
public final class BuilderTypes {

    private BuilderTypes() {
    }

    // tag::builder-type[]
    /** Routes and settings every function of the team shares, for any resolver's builder. */
    static void standard(Resolver.Builder app) {
        app.get("/health", request -> Map.of("status", "ok"));
        app.appendContext("team", "todos");
    }

    static Resolver detecting() {
        Resolver.Builder app = Resolver.builder();
        standard(app);
        return app.build();
    }

    static ApiGatewayRestResolver rest() {
        Resolver.TypedBuilder<ApiGatewayRestResolver> app = ApiGatewayRestResolver.builder();
        standard(app);                            // a source-specific builder is a Resolver.Builder too
        return app.build();                       // and still builds its own resolver type
    }
    // end::builder-type[]
}
