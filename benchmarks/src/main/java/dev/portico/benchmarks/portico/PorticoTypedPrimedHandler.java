package dev.portico.benchmarks.portico;

/** {@link PorticoTypedHandler} with {@code Resolver.prime()} in init, as for SnapStart. */
public class PorticoTypedPrimedHandler extends PorticoTypedHandler {
    static {
        PorticoTypedHandler.APP.prime();
    }

    /** The handler the Lambda runtime creates. */
    public PorticoTypedPrimedHandler() {
    }
}
