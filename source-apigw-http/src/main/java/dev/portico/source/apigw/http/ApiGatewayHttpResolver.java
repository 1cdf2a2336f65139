package dev.portico.source.apigw.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;

/**
 * A resolver for Amazon API Gateway HTTP APIs (payload format 2.0), Powertools'
 * {@code APIGatewayHttpResolver}: every event is decoded by {@link ApiGatewayHttpSource}.
 *
 * <pre>{@code
 * static final ApiGatewayHttpResolver APP = ApiGatewayHttpResolver.builder()
 *         .include(routes())
 *         .build();
 *
 * static Router routes() {
 *     Router router = new Router();
 *     router.get("/todos/{id}", req -> Map.of("id", req.pathParam("id")));
 *     return router;
 * }
 * }</pre>
 *
 * <p>Use it as a stream handler ({@link #handleRequest(java.io.InputStream, java.io.OutputStream,
 * Context)}, the fastest: no event objects), or as a typed
 * {@code RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>}.
 */
public class ApiGatewayHttpResolver extends Resolver
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /**
     * Wraps a built resolver; used by {@link #builder()}.
     *
     * @param built the resolver the builder made
     */
    protected ApiGatewayHttpResolver(Resolver built) {
        super(built);
    }

    /** @return a builder whose resolver decodes every event as an HTTP API event */
    public static Resolver.TypedBuilder<ApiGatewayHttpResolver> builder() {
        return Resolver.builder(new Wrap()).source(new ApiGatewayHttpSource());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code ApiGatewayHttpResolver::new}, whose
     * first use would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, ApiGatewayHttpResolver> {
        @Override
        public ApiGatewayHttpResolver apply(Resolver built) {
            return new ApiGatewayHttpResolver(built);
        }
    }

    /**
     * Answers a typed HTTP API event. An event that cannot be decoded (no event, no or an invalid
     * method, a malformed query string) is answered 400 {@code {"statusCode":400,"message":"..."}}
     * without reaching the routes, as the stream entry point answers it.
     *
     * @param event the event
     * @param context the Lambda context, or {@code null}
     * @return the response
     */
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        WireResponse response = dispatch(() -> ApiGatewayHttpSource.decode(event), context);
        return ApiGatewayHttpSource.toResponseEvent(response);
    }
}
