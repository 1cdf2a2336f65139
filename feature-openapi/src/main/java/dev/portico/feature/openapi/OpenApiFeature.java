package dev.portico.feature.openapi;

import dev.portico.api.Route;
import dev.portico.api.RouteSpec;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureContext;
import java.util.List;

/**
 * The OpenAPI feature (id {@code openapi}, weight 400), discovered with
 * {@link java.util.ServiceLoader}: links typed routes to the application (its JSON codec and the
 * response validation status), checks the OpenAPI declarations (security schemes, operation ids)
 * when the application is built, generates the document on the first request for it, and adds the Swagger UI routes when {@link OpenApiConfig} asks
 * for them. It adds no middleware, so requests to plain routes cost nothing extra.
 *
 * <p>Register it explicitly when discovery is off:
 * {@code Resolver.builder().discover(false).register(new OpenApiFeature())}; use one instance per
 * application.
 */
public final class OpenApiFeature implements Feature {
    /** The feature id. */
    public static final String ID = "openapi";
    private volatile Document document;
    private volatile TypedRoutes typedRoutes;

    /** A feature; its configuration comes from {@link OpenApiConfig} when the application is built. */
    public OpenApiFeature() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 400: after CORS, before compression */
    @Override
    public int weight() {
        return 400;
    }

    @Override
    public void setup(FeatureContext context) {
        java.util.Optional<OpenApiConfig> configured = context.config(OpenApiConfig.class);
        OpenApiConfig config = configured.isPresent() ? configured.get() : OpenApiConfig.defaults();
        AppSettings runtime = new AppSettings(context.json(), config.responseValidationStatus());
        List<Route> routes = List.copyOf(context.routes());
        boolean typed = false;
        List<Signature> signatures = new java.util.ArrayList<>();
        List<Invoker> invokers = new java.util.ArrayList<>();
        for (RouteSpec r : context.routes()) {
            typed |= r.option(dev.portico.api.RouteOption.OPERATION_ID) != null || r.option(OperationDoc.OPTION) != null;
            if (r.option(Options.SIGNATURE) != null) {
                typed = true;
                r.option(Options.RUNTIME, runtime);
                signatures.add(r.option(Options.SIGNATURE));
                if (r.handler() instanceof TypedHandler h) {
                    invokers.add(h.invoker());
                }
            }
        }
        typedRoutes = new TypedRoutes(signatures, invokers, runtime);
        Document doc = new Document(config, routes);
        if (typed || configured.isPresent()) {
            // Fail the build on declaration mistakes, with checks that read route options only. The
            // document and its schemas are generated on the first request for them, never here.
            doc.check();
        }
        document = doc;
        if (config.swaggerUi() != null) {
            SwaggerRoutes.install(context, config, doc);
        }
    }

    /**
     * Warms every typed route's binders and checks, the codec for its body and result types and the
     * 422 error writer, without running a handler or middleware.
     */
    @Override
    public void prime() {
        TypedRoutes t = typedRoutes;
        if (t != null) {
            t.prime();
        }
    }

    /**
     * For a typed route, synthetic requests built from its declared types and constraints and its
     * own handler with the method replaced by one returning a sample result ({@link TypedPrimer}): no
     * handler of the application runs.
     */
    @Override
    public java.util.Optional<dev.portico.api.spi.Primer> primer(Route route) {
        Signature signature = route.option(Options.SIGNATURE);
        AppSettings runtime = route.option(Options.RUNTIME);
        if (signature == null || runtime == null) {
            return java.util.Optional.empty();
        }
        return TypedPrimer.of(signature, runtime);
    }

    /**
     * @return the OpenAPI document of the application this feature was set up for, as JSON
     * @throws IllegalStateException when the feature was not set up yet
     */
    public String document() {
        Document d = document;
        if (d == null) {
            throw new IllegalStateException("The openapi feature has not been set up by an application yet");
        }
        return d.json();
    }

    /** @return the document model, {@code null} before set-up (for tests: it counts its builds) */
    Document model() {
        return document;
    }
}
