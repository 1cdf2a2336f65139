package dev.portico.examples.guide;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** Getting started: a Lambda function behind an API Gateway REST API. */
// tag::handler[]
public final class RestApiHandler implements RequestStreamHandler {
    // Built once per execution environment, in the init phase, then shared by every invocation.
    private static final ApiGatewayRestResolver APP = app();

    static ApiGatewayRestResolver app() {
        var app = ApiGatewayRestResolver.builder();
        app.get("/todos", request -> Map.of("todos", Todos.SAMPLE));
        return app.build();
    }

    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        APP.handleRequest(event, response, context);
    }
}
// end::handler[]
