package dev.portico.feature.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * What a typed route takes and returns, found once by {@link Scanner}: one binder per handler
 * parameter and the result writer. Stored as a route option, so the document builder reads it.
 */
final class Signature {
    private final String javaName;
    private final String methodName;
    private final Binder[] binders;
    private final List<ParamBinder> params;
    private final List<BodyBinder> bodies;
    private final ResultWriter result;
    private final String responseDescription;

    Signature(String javaName, String methodName, List<Binder> binders, ResultWriter result,
              String responseDescription) {
        this.javaName = javaName;
        this.methodName = methodName;
        this.binders = binders.toArray(new Binder[0]);
        // Loops, not streams: a stream pipeline and its lambdas load ~30 classes at start-up.
        List<ParamBinder> p = new ArrayList<>();
        List<BodyBinder> b = new ArrayList<>();
        for (Binder binder : binders) {
            if (binder instanceof ParamBinder param) {
                p.add(param);
            } else if (binder instanceof BodyBinder body) {
                b.add(body);
            }
        }
        this.params = List.copyOf(p);
        this.bodies = List.copyOf(b);
        this.result = result;
        this.responseDescription = responseDescription;
    }

    /** @return {@code Class.method}, for messages */
    String javaName() {
        return javaName;
    }

    /** @return the Java method name, the default operation id */
    String methodName() {
        return methodName;
    }

    Binder[] binders() {
        return binders;
    }

    List<ParamBinder> params() {
        return params;
    }

    List<BodyBinder> bodies() {
        return bodies;
    }

    ResultWriter result() {
        return result;
    }

    String responseDescription() {
        return responseDescription;
    }

    /** @return whether requests can fail validation (the operation documents a 422) */
    boolean validates() {
        return !params.isEmpty() || !bodies.isEmpty();
    }

    @Override
    public String toString() {
        return javaName;
    }
}
