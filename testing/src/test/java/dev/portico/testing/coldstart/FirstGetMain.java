package dev.portico.testing.coldstart;

import dev.portico.core.Resolver;
import dev.portico.source.alb.AlbResolver;
import dev.portico.source.apigw.http.ApiGatewayHttpResolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import dev.portico.source.function.url.LambdaFunctionUrlResolver;
import dev.portico.source.vpc.lattice.VpcLatticeResolver;
import dev.portico.source.vpc.lattice.VpcLatticeV2Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;

/**
 * Run in a fresh JVM by {@link FirstGetEverySourceTest}: builds an application with the resolver of
 * one source, answers one GET in that source's format whose handler reads a header, a query parameter
 * and a cookie, and prints the response.
 */
public final class FirstGetMain {
    private FirstGetMain() {
    }

    /** The result type. */
    public record Todo(int id, String title, String done, String tag) {
    }

    /** @param args an {@link EventFormat} name */
    public static void main(String[] args) {
        EventFormat format = EventFormat.valueOf(args[0]);
        String event = Events.of(format).path("/todos/42").header("X-Title", "W").query("done", "no")
                .cookie("tag", "a").build();
        Resolver.TypedBuilder<? extends Resolver> b = builder(format);
        b.get("/todos/{id}", r -> new Todo(Integer.parseInt(r.pathParam("id")), r.headers().first("X-Title"),
                r.queryParams().first("done"), r.cookies().get("tag")));
        Resolver app = b.build();
        System.out.println("RESPONSE " + app.resolve(event, null));
    }

    private static Resolver.TypedBuilder<? extends Resolver> builder(EventFormat format) {
        String name = format.name();
        if (name.equals("REST")) {
            return ApiGatewayRestResolver.builder();
        } else if (name.equals("HTTP_API")) {
            return ApiGatewayHttpResolver.builder();
        } else if (name.startsWith("ALB")) {
            return AlbResolver.builder();
        } else if (name.equals("FUNCTION_URL")) {
            return LambdaFunctionUrlResolver.builder();
        } else if (name.equals("VPC_LATTICE")) {
            return VpcLatticeResolver.builder();
        }
        return VpcLatticeV2Resolver.builder();
    }
}
