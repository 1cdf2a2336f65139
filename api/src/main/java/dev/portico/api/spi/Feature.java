package dev.portico.api.spi;

/**
 * A cross-cutting behaviour shipped as its own jar (CORS, compression, OpenAPI), found with
 * {@link java.util.ServiceLoader} when the application is built, or registered explicitly.
 *
 * <p>A feature never sees the application itself: {@link #setup} gets a narrow
 * {@link FeatureContext} through which it reads its configuration and the declared routes and adds
 * routes, middlewares and response filters. A feature with nothing configured should add nothing, so
 * it costs nothing per request.
 *
 * <p><b>Ordering.</b> Features are set up in ascending {@link #weight()} (then by id). Their
 * middlewares wrap all application middlewares, the lowest weight outermost; their response filters
 * run lowest weight first. Built-in weights: CORS 100, OpenAPI 400, compression 900 (compression
 * last, so it compresses the final body).
 */
public interface Feature {

    /**
     * A short, unique, stable id such as {@code cors}. An explicitly registered feature replaces a
     * discovered one with the same id; route options name features by this id.
     *
     * @return the id
     */
    String id();

    /**
     * @return the ordering weight; 500 by default
     */
    default int weight() {
        return 500;
    }

    /**
     * Installs the feature into an application being built. Called once per application.
     *
     * @param context what the feature may read and add
     */
    void setup(FeatureContext context);

    /**
     * Warms what this feature's share of the first request will touch (binders, validators, error
     * writers), without running any middleware or handler and without side effects. Called by
     * {@code Resolver.prime()} after the application is built, in weight order; for SnapStart or an
     * init-time warm-up. The default does nothing.
     */
    default void prime() {
    }

    /**
     * What {@code Resolver.prime()} should send to one of the application's routes, when this
     * feature owns that route's request work (feature-openapi's typed routes, for example: a body
     * built from the {@code @Body} type and its constraints, and a stand-in that binds, validates and
     * writes a result of the declared type without calling the handler). Called once per route and
     * {@code prime()} call, in weight order; the first feature that gives a primer wins. Routes no
     * feature primes get Portico's own synthetic requests. The default gives none.
     *
     * @param route a route of the application
     * @return the primer, or empty
     */
    default java.util.Optional<Primer> primer(dev.portico.api.Route route) {
        return java.util.Optional.empty();
    }
}
