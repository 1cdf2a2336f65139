package dev.portico.feature.cors;

import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureContext;
import java.util.Optional;

/**
 * The CORS feature ({@code cors}, weight 100: its filter runs before the compression feature's and
 * its middleware is the outermost). Found with {@link java.util.ServiceLoader}; register it yourself
 * only when discovery is off.
 *
 * <p>With a {@link CorsConfig} (or in debug mode, where every origin is allowed, with or without a
 * configuration) it:
 * <ul>
 *   <li>adds the CORS headers to every final response whose request comes from an allowed origin,
 *       errors and 404/405 answers included, except on routes declared with {@code cors(false)};</li>
 *   <li>adds a pre-flight {@code OPTIONS} route for each declared path that has none, answering 204
 *       with {@code Access-Control-Allow-Methods} (the methods of that path, sorted, plus
 *       {@code OPTIONS}); pre-flights skip the application's middlewares. Only a real pre-flight (an
 *       {@code OPTIONS} request with {@code Access-Control-Request-Method}) gets that 204; any other
 *       {@code OPTIONS} request is routed as usual (the application's {@code OPTIONS} route, else
 *       405 with {@code Allow}) and gets the normal CORS headers. Routes added by features
 *       set up later (higher weight) get the headers but no pre-flight route.</li>
 * </ul>
 * Without a configuration and outside debug mode it adds nothing.
 */
public final class CorsFeature implements Feature {
    /** The feature id. */
    public static final String ID = "cors";

    /** For {@link java.util.ServiceLoader}. */
    public CorsFeature() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 100 */
    @Override
    public int weight() {
        return 100;
    }

    @Override
    public void setup(FeatureContext context) {
        Optional<CorsConfig> config = context.config(CorsConfig.class);
        if (config.isEmpty() && !context.debug()) {
            return;
        }
        CorsPolicy policy = new CorsPolicy(config.orElseGet(CorsConfig::defaults), context.debug());
        if (Preflight.install(context, policy) > 0) {
            context.addMiddleware(Preflight.SHORTCUT);
        }
        context.addResponseFilter(policy);
    }
}
