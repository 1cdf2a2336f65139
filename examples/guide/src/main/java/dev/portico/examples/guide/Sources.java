package dev.portico.examples.guide;

import dev.portico.core.Resolver;
import dev.portico.source.alb.AlbResolver;
import dev.portico.source.apigw.http.ApiGatewayHttpResolver;
import dev.portico.source.function.url.LambdaFunctionUrlResolver;
import dev.portico.source.vpc.lattice.VpcLatticeResolver;
import dev.portico.source.vpc.lattice.VpcLatticeV2Resolver;
import java.util.Map;

/**
 * Getting started: the same {@code GET /todos} application behind each AWS service, with the
 * resolver fixed to that service's event source, and once with the source detected per event.
 */
public final class Sources {

    private Sources() {
    }

    /** @return the application for API Gateway HTTP APIs (payload format 2.0) */
    public static ApiGatewayHttpResolver httpApi() {
        // tag::http[]
        var app = ApiGatewayHttpResolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
        // end::http[]
    }

    /** @return the application for an Application Load Balancer target */
    public static AlbResolver alb() {
        // tag::alb[]
        var app = AlbResolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
        // end::alb[]
    }

    /** @return the application for a Lambda Function URL */
    public static LambdaFunctionUrlResolver functionUrl() {
        // tag::function-url[]
        var app = LambdaFunctionUrlResolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
        // end::function-url[]
    }

    /** @return the application for a VPC Lattice target, event structure version 2 */
    public static VpcLatticeV2Resolver vpcLatticeV2() {
        // tag::lattice-v2[]
        var app = VpcLatticeV2Resolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
        // end::lattice-v2[]
    }

    /** @return the application for a VPC Lattice target, event structure version 1 */
    public static VpcLatticeResolver vpcLattice() {
        // tag::lattice[]
        var app = VpcLatticeResolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
        // end::lattice[]
    }

    /** @return the application answering every event format whose source module is present */
    public static Resolver anySource() {
        // tag::detect[]
        var app = Resolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        app.get("/source", request -> request.source()); // which event source decoded this request
        return app.build();
        // end::detect[]
    }
}
