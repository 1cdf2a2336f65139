package dev.portico.examples.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.api.Response;
import dev.portico.api.Router;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routes every handler of this example answers with: {@code GET /hello/{name}} (JSON naming the
 * Lambda request id, so a test sees the runtime's context arrive) and {@code POST /echo} (201 with
 * the JSON body read back), and {@code GET /boom}, whose handler fails (500, and one ERROR line in
 * the log).
 */
public final class Routes {
    private Routes() {
    }

    /** @return the router */
    public static Router router() {
        Router router = new Router();
        router.get("/hello/{name}", request -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("hello", request.pathParam("name"));
            Context context = request.lambdaContext();
            out.put("requestId", context == null ? null : context.getAwsRequestId());
            return out;
        });
        router.get("/boom", request -> {
            throw new IllegalStateException("boom");
        });
        router.post("/echo", request -> Response.status(201).body(request.body(Map.class)).build());
        return router;
    }
}
