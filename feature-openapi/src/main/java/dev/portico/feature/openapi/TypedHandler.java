package dev.portico.feature.openapi;

import dev.portico.api.Handler;
import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The handler of a typed route: binds every parameter with its precomputed binder, answers 422
 * listing all problems, calls the method ({@link Invoker}, made once) and writes the result. No
 * introspection happens per request.
 */
final class TypedHandler implements Handler {
    private final Signature signature;
    private final Invoker invoker;

    /**
     * @param signature the binders and result writer
     * @param invoker calls the method
     */
    TypedHandler(Signature signature, Invoker invoker) {
        this.signature = signature;
        this.invoker = invoker;
    }

    /** @return what calls the route's method */
    Invoker invoker() {
        return invoker;
    }

    @Override
    public Object handle(Request request) throws Exception {
        AppSettings runtime = request.route() == null ? null : request.route().option(Options.RUNTIME);
        if (runtime == null) {
            throw new IllegalStateException("The typed route " + signature + " runs outside an application that "
                    + "set the openapi feature up; include it in a Resolver.builder() that discovers or registers it");
        }
        Binder[] binders = signature.binders();
        Object[] args = new Object[binders.length];
        List<Problem> problems = new ArrayList<>(0);
        RequestBody body = signature.bodies().isEmpty() ? null : new RequestBody(request, runtime);
        for (int i = 0; i < binders.length; i++) {
            args[i] = binders[i].bind(request, body, problems);
        }
        if (!problems.isEmpty()) {
            throw new RequestValidationError(Problems.toPublic(problems));
        }
        Object result = invoker.call(args);
        return signature.result().write(result, runtime, signature.javaName());
    }
}
