package dev.portico.source.alb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;

/**
 * A resolver for Application Load Balancer targets only (Powertools' {@code ALBResolver}): every event
 * is decoded by {@link AlbSource}, and anything else is refused with
 * {@link dev.portico.api.UnsupportedEventException}.
 *
 * <pre>{@code
 * static final AlbResolver APP = AlbResolver.builder()
 *         .include(routes())
 *         .build();
 *
 * static Router routes() {
 *     Router router = new Router();
 *     router.get("/todos/{id}", req -> Map.of("id", req.pathParam("id")));
 *     return router;
 * }
 *
 * // in your RequestStreamHandler: APP.handleRequest(in, out, context);
 * }</pre>
 *
 * <p>Two Lambda entry points: the inherited stream handler (JSON in, JSON out, nothing built that a
 * route does not ask for) and {@link #handleRequest(ApplicationLoadBalancerRequestEvent, Context)} for
 * the typed AWS events. Both answer in the header mode of the request (see {@link AlbSource}).
 */
public class AlbResolver extends Resolver
        implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {

    /**
     * Shares what a builder built; subclasses with a no-argument constructor make Lambda handlers.
     *
     * @param built the resolver {@link #builder()} made
     */
    protected AlbResolver(Resolver built) {
        super(built);
    }

    /** @return a builder whose resolver decodes every event as an ALB event */
    public static Resolver.TypedBuilder<AlbResolver> builder() {
        return Resolver.builder(new Wrap()).source(new AlbSource());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code AlbResolver::new}, whose first use
     * would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, AlbResolver> {
        @Override
        public AlbResolver apply(Resolver built) {
            return new AlbResolver(built);
        }
    }

    /**
     * Answers a typed ALB event. A malformed event (none, no or an invalid method, a malformed query
     * string) is answered 400
     * ({@code {"statusCode":400,"message":"..."}}) without reaching the routes.
     *
     * @param event the event
     * @param context the Lambda context, or {@code null}
     * @return the response, in the request's header mode
     */
    @Override
    public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent event, Context context) {
        boolean multi = event != null
                && (event.getMultiValueHeaders() != null || event.getMultiValueQueryStringParameters() != null);
        WireResponse response = dispatch(() -> AlbSource.decode(event), context);
        return AlbSource.toResponseEvent(response, multi);
    }
}
