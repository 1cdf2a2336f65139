package dev.portico.source.apigw.rest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;

/**
 * A resolver for API Gateway REST APIs only (Powertools' {@code APIGatewayRestResolver}): every
 * event is decoded by {@link ApiGatewayRestSource}, and anything else raises
 * {@link dev.portico.api.UnsupportedEventException}.
 *
 * <p>It answers both Lambda handler styles: the stream style inherited from {@link Resolver}
 * ({@link #handleRequest(java.io.InputStream, java.io.OutputStream, Context)}, the fastest, no event
 * POJO is built) and the typed style, {@link #handleRequest(APIGatewayProxyRequestEvent, Context)}.
 *
 * <pre>{@code
 * static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder()
 *         .include(routes())
 *         .build();
 *
 * static Router routes() {
 *     Router router = new Router();
 *     router.get("/todos/{id}", request -> store.find(request.pathParam("id")));
 *     return router;
 * }
 * }</pre>
 */
public class ApiGatewayRestResolver extends Resolver
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    /**
     * Shares what a builder made.
     *
     * @param built the resolver the builder built
     */
    protected ApiGatewayRestResolver(Resolver built) {
        super(built);
    }

    /**
     * @return a builder whose resolver decodes every event with {@link ApiGatewayRestSource};
     *     features are still discovered
     */
    public static Resolver.TypedBuilder<ApiGatewayRestResolver> builder() {
        return Resolver.builder(new Wrap()).source(new ApiGatewayRestSource());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code ApiGatewayRestResolver::new}, whose
     * first use would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, ApiGatewayRestResolver> {
        @Override
        public ApiGatewayRestResolver apply(Resolver built) {
            return new ApiGatewayRestResolver(built);
        }
    }

    /**
     * Answers a typed REST event. The request's typed event ({@code request.event()}) is this
     * very object. An event that cannot be decoded (no event, no or an invalid {@code httpMethod}) is
     * answered 400 {@code {"statusCode":400,"message":"..."}} without reaching the routes, as the
     * stream entry point answers it.
     *
     * @param event the event
     * @param context the Lambda context, or {@code null} outside Lambda
     * @return the response event, with {@code multiValueHeaders} only
     */
    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        WireResponse response = dispatch(() -> ApiGatewayRestSource.decode(event), context);
        return ApiGatewayRestSource.toResponseEvent(response);
    }
}
