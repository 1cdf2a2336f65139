package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.alb.AlbResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Application Load Balancer events, stream style: {@code dev.portico.examples.runtime.AlbStreamHandler::handleRequest}. */
public final class AlbStreamHandler implements RequestStreamHandler {
    private static final AlbResolver APP = AlbResolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
