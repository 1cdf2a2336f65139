package dev.portico.feature.compress;

import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureContext;

/**
 * The compression feature ({@code compress}, weight 900: its filter runs after every built-in
 * one, so it compresses the final body, CORS headers and all). Found with
 * {@link java.util.ServiceLoader}; register it yourself only when discovery is off.
 *
 * <p>It adds one response filter. Responses of routes declared with {@code compress()}, or built
 * with {@code Response.Builder.compress(true)} (which wins over the route), are gzip-compressed when
 * the request's {@code Accept-Encoding} accepts gzip ({@code q} values honoured, {@code *} counts)
 * and the body has at least {@link CompressConfig#minimumBytes()} bytes; they then carry
 * {@code Content-Encoding: gzip}, keep their content type and are sent base64-encoded. Responses
 * that already have a {@code Content-Encoding} are left alone. Other responses cost one flag check.
 */
public final class CompressFeature implements Feature {
    /** The feature id, which {@code RouteOption.COMPRESS} requires. */
    public static final String ID = "compress";

    /** For {@link java.util.ServiceLoader}. */
    public CompressFeature() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 900 */
    @Override
    public int weight() {
        return 900;
    }

    @Override
    public void setup(FeatureContext context) {
        CompressConfig config = context.config(CompressConfig.class).orElseGet(CompressConfig::defaults);
        context.addResponseFilter(new GzipFilter(context::render, config.minimumBytes()));
    }
}
