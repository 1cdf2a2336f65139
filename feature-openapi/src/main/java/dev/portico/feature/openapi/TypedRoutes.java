package dev.portico.feature.openapi;

import dev.portico.feature.openapi.internal.JsonValues;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The typed routes of one application and its settings, for {@link OpenApiFeature#prime()}. */
final class TypedRoutes {
    private final List<Signature> signatures;
    private final List<Invoker> invokers;
    private final AppSettings runtime;

    TypedRoutes(List<Signature> signatures, List<Invoker> invokers, AppSettings runtime) {
        this.signatures = List.copyOf(signatures);
        this.invokers = List.copyOf(invokers);
        this.runtime = runtime;
    }

    /**
     * Runs each body binder's check and codec priming, each parameter's parser on no input, each
     * result writer's priming, each method's reflective accessor (built, never called), the JSON reader and writer of bodies, and writes one 422 body with the
     * codec. Never runs a handler; failures are logged, never thrown.
     */
    void prime() {
        if (signatures.isEmpty()) {
            return;
        }
        try {
            JsonValues.write(JsonValues.parse("{\"a\":[1,2.5,\"x\",true,null]}".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            for (Signature s : signatures) {
                for (BodyBinder b : s.bodies()) {
                    b.prime(runtime);
                }
                for (ParamBinder p : s.params()) {
                    p.prime();
                }
                s.result().prime(runtime);
            }
            for (Invoker i : invokers) {
                i.warm();
            }
            List<Problem> problems = new ArrayList<>();
            problems.add(Messages.missing(List.of("body", "primed")));
            runtime.codec().write(new RequestValidationError(Problems.toPublic(problems)).body());
        } catch (IOException | JsonValues.Malformed | RuntimeException e) {
            System.getLogger("dev.portico.feature.openapi").log(System.Logger.Level.DEBUG, "Priming typed routes failed; the first request does the work", e);
        }
    }
}
