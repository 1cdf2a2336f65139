package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.vpc.lattice.VpcLatticeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** VPC Lattice events (first format), stream style: {@code dev.portico.examples.runtime.VpcLatticeHandler::handleRequest}. */
public final class VpcLatticeHandler implements RequestStreamHandler {
    private static final VpcLatticeResolver APP = VpcLatticeResolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
