package dev.portico.feature.cors;

import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.api.spi.ResponseFilter;
import java.util.Set;

/**
 * A {@link CorsConfig} turned into ready header values, applied to every final response as a
 * {@link ResponseFilter}: after exception handlers and the 404/405 answers, so errors carry CORS
 * headers too and a browser can read them.
 *
 * <p>Headers are added only when the request's {@code Origin} is allowed; the request's origin is
 * echoed (never another allowed one, and never {@code *}, as Powertools does) with
 * {@code Vary: Origin}. Routes that set {@code cors(false)} are left alone, and so is a response
 * that already has {@code Access-Control-Allow-Origin} (a handler that answers CORS itself).
 */
final class CorsPolicy implements ResponseFilter {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    private static final String ORIGIN = "Origin";

    private final boolean anyOrigin;
    private final Set<String> origins;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;
    private final boolean credentials;

    /**
     * @param config the configuration
     * @param debug whether debug mode is on: then every origin is allowed
     */
    CorsPolicy(CorsConfig config, boolean debug) {
        this.anyOrigin = debug || config.allowsAnyOrigin();
        this.origins = config.origins();
        this.allowHeaders = String.join(",", config.allowHeaders());
        this.exposeHeaders = config.exposeHeaders().isEmpty() ? null : String.join(",", config.exposeHeaders());
        this.maxAge = config.maxAge().map(d -> Long.toString(d.getSeconds())).orElse(null);
        this.credentials = config.allowCredentials();
    }

    /**
     * @param request a request
     * @return its origin when it is allowed, else {@code null}
     */
    String allowedOrigin(Request request) {
        String origin = request.header(ORIGIN);
        if (origin == null || origin.isEmpty()) {
            return null;
        }
        if (anyOrigin) {
            return printable(origin) ? origin : null;
        }
        return origins.contains(origin) ? origin : null;
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Response filter(Request request, Response response) {
        Route route = request.route();
        if (route != null && !Boolean.TRUE.equals(route.option(RouteOption.CORS))) {
            return response;
        }
        String origin = allowedOrigin(request);
        if (origin == null || response.headers().contains(ALLOW_ORIGIN)) {
            return response;
        }
        Response.Builder b = response.toBuilder()
                .setHeader(ALLOW_ORIGIN, origin)
                .setHeader(ALLOW_HEADERS, allowHeaders);
        if (exposeHeaders != null) {
            b.setHeader(EXPOSE_HEADERS, exposeHeaders);
        }
        if (maxAge != null) {
            b.setHeader(MAX_AGE, maxAge);
        }
        if (credentials) {
            b.setHeader(ALLOW_CREDENTIALS, "true");
        }
        return b.vary(ORIGIN).build();
    }
}
