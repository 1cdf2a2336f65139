package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.api.Router;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A configuration mistake (the same route declared twice), which {@code build()} rejects while the
 * class initialises: the Lambda runtime reports it as an init error, before any event.
 */
public final class MisconfiguredHandler implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(twice()).build();

    private static Router twice() {
        Router router = new Router();
        router.get("/hello", request -> "first");
        router.get("/hello", request -> "second");
        return router;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
