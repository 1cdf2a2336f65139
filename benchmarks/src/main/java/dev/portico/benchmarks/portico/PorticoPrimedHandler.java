package dev.portico.benchmarks.portico;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@link PorticoRestTodoHandler}'s application with {@code Resolver.prime()} in init, as for
 * SnapStart: the body and result type {@link Todo} named with {@code primeTypes}, so priming binds
 * and writes it on {@code POST /todos}.
 */
public class PorticoPrimedHandler implements RequestStreamHandler {
    static final ApiGatewayRestResolver APP = TodoApi.routes(ApiGatewayRestResolver.builder().primeTypes(Todo.class),
            PorticoRestTodoHandler.ROUTES).build();

    static {
        APP.prime();
    }

    /** The handler the Lambda runtime creates. */
    public PorticoPrimedHandler() {
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
