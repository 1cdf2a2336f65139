package dev.portico.feature.openapi;

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
        this.params = binders.stream().filter(ParamBinder.class::isInstance).map(ParamBinder.class::cast).toList();
        this.bodies = binders.stream().filter(BodyBinder.class::isInstance).map(BodyBinder.class::cast).toList();
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
