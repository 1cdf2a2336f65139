package com.example.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.api.Router;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** The function's handler: {@code com.example.hello.HelloHandler::handleRequest}. */
public final class HelloHandler implements RequestStreamHandler {
    static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder().include(routes()).build();

    static Router routes() {
        Router router = new Router();
        router.get("/hello/{name}", request -> Map.of("hello", request.pathParam("name")));
        return router;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
