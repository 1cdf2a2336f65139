package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.source.vpc.lattice.VpcLatticeV2Resolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** VPC Lattice events (format 2.0), stream style: {@code dev.portico.examples.runtime.VpcLatticeV2Handler::handleRequest}. */
public final class VpcLatticeV2Handler implements RequestStreamHandler {
    private static final VpcLatticeV2Resolver APP = VpcLatticeV2Resolver.builder().include(Routes.router()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APP.handleRequest(input, output, context);
    }
}
