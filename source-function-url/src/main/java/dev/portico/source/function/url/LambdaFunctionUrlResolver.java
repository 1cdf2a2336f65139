package dev.portico.source.function.url;

import dev.portico.core.Resolver;

/**
 * A resolver for AWS Lambda Function URLs, Powertools' {@code LambdaFunctionUrlResolver}: every
 * event is decoded by {@link LambdaFunctionUrlSource}.
 *
 * <pre>{@code
 * static final LambdaFunctionUrlResolver APP = LambdaFunctionUrlResolver.builder()
 *         .include(routes())
 *         .build();
 *
 * static Router routes() {
 *     Router router = new Router();
 *     router.get("/todos", req -> Map.of("todos", todos()));
 *     return router;
 * }
 * }</pre>
 *
 * <p>Use it as a stream handler ({@link #handleRequest(java.io.InputStream, java.io.OutputStream,
 * com.amazonaws.services.lambda.runtime.Context)}). There is no Function URL event class in
 * aws-lambda-java-events, so there is no typed handler here; functions that take the
 * {@code APIGatewayV2HTTPEvent} AWS documents for Function URLs can call
 * {@code LambdaFunctionUrlSource.toResponseEvent(dispatch(LambdaFunctionUrlSource.decode(event), context))}.
 */
public class LambdaFunctionUrlResolver extends Resolver {

    /**
     * Wraps a built resolver; used by {@link #builder()}.
     *
     * @param built the resolver the builder made
     */
    protected LambdaFunctionUrlResolver(Resolver built) {
        super(built);
    }

    /** @return a builder whose resolver decodes every event as a Function URL event */
    public static Resolver.TypedBuilder<LambdaFunctionUrlResolver> builder() {
        return Resolver.builder(new Wrap()).source(new LambdaFunctionUrlSource());
    }

    /**
     * Makes the resolver from the built one: a class, not {@code LambdaFunctionUrlResolver::new}, whose
     * first use would spin a class at run time (cold start).
     */
    private static final class Wrap implements java.util.function.Function<Resolver, LambdaFunctionUrlResolver> {
        @Override
        public LambdaFunctionUrlResolver apply(Resolver built) {
            return new LambdaFunctionUrlResolver(built);
        }
    }
}
