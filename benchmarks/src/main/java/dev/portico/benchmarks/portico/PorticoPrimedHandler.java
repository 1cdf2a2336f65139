package dev.portico.benchmarks.portico;

/** {@link PorticoRestTodoHandler} with {@code Resolver.prime()} in init, as for SnapStart. */
public class PorticoPrimedHandler extends PorticoRestTodoHandler {
    static {
        PorticoRestTodoHandler.APP.prime();
    }

    /** The handler the Lambda runtime creates. */
    public PorticoPrimedHandler() {
    }
}
