package dev.portico.examples.guide;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.api.Response;
import dev.portico.api.Router;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The README's quick start. */
// tag::quick-start[]
public final class QuickStart implements RequestStreamHandler {
    private static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder()
            .include(todoRouter(), "/todos")
            .build();

    static Router todoRouter() {
        Router router = new Router();
        router.get("/", request -> List.of(new Todo(1, "Write docs", false)));
        router.get("/{id}", request -> Map.of("id", request.pathParam("id")));
        router.post("/", request -> Response.status(201).body(request.body(Todo.class)).build());
        return router;
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        APP.handleRequest(in, out, context);
    }
}
// end::quick-start[]
