package dev.portico.feature.cors;

import dev.portico.api.Handler;
import dev.portico.api.HttpMethod;
import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.api.spi.FeatureContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The handler of a pre-flight {@code OPTIONS} route the feature adds: 204, and when the origin is
 * allowed {@code Access-Control-Allow-Methods} with the methods of that path (the rest of the CORS
 * headers come from the {@link CorsPolicy} filter). The route is marked {@link RouteOption#PREFLIGHT},
 * so it answers only real pre-flights (with {@code Access-Control-Request-Method}, as the Fetch
 * standard defines them); any other {@code OPTIONS} request goes to the application's routes, and
 * without an {@code OPTIONS} route there it is answered 405 with {@code Allow}.
 *
 * <p>Planning, once per application: routes are grouped by path shape ({@code /todos/{id}} and
 * {@code /todos/<id>} are one path). A path gets an {@code OPTIONS} route unless it already has one,
 * or an any-method route, or an explicit {@code OPTIONS} route of a wider template covers it (the
 * application answers pre-flights itself), or all its routes opted out of CORS. Its methods are those
 * of the CORS-enabled routes whose template covers the path: its own, and wider ones such as a greedy
 * {@code /{proxy+}}, which the router falls back to for methods the path lacks. Greedy and
 * regular-expression paths get their own {@code OPTIONS} routes, with the same template, in
 * declaration order as the router tries them. A regular-expression route counts for a literal path
 * it matches, but not for a parameter template it may overlap (which cannot be decided in general):
 * declare your own {@code OPTIONS} route in such cases.
 */
final class Preflight implements Handler {
    private static final Logger LOG = System.getLogger(Preflight.class.getName());
    private static final List<String> ALL_METHODS = List.of(HttpMethod.DELETE, HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS, HttpMethod.PATCH, HttpMethod.POST, HttpMethod.PUT);

    /** The one {@link Shortcut}. */
    static final Middleware SHORTCUT = new Shortcut();

    /**
     * Answers pre-flights before the application's middlewares (an authentication middleware would
     * reject them: browsers send no credentials with a pre-flight). Named, for debug-mode logs.
     */
    static final class Shortcut implements Middleware {
        @Override
        public Response handle(Request request, Next next) throws Exception {
            Route route = request.route();
            return route != null && route.handler() instanceof Preflight p ? p.answer(request) : next.handle(request);
        }
    }

    private final CorsPolicy policy;
    private final String methods;

    private Preflight(CorsPolicy policy, String methods) {
        this.policy = policy;
        this.methods = methods;
    }

    @Override
    public Object handle(Request request) {
        return answer(request);
    }

    Response answer(Request request) {
        Response.Builder b = Response.status(204);
        if (policy.allowedOrigin(request) != null) {
            b.header(CorsPolicy.ALLOW_METHODS, methods);
        }
        return b.build();
    }

    /**
     * Adds the pre-flight routes an application needs.
     *
     * @param ctx the feature context
     * @param policy the CORS policy
     * @return how many routes were added
     */
    static int install(FeatureContext ctx, CorsPolicy policy) {
        List<Route> routes = List.copyOf(ctx.routes());
        Map<String, List<Route>> byShape = new LinkedHashMap<>();
        Map<String, PathShape> shapes = new LinkedHashMap<>();
        List<PathShape> routeShapes = new ArrayList<>(routes.size());
        for (Route r : routes) {
            PathShape shape = PathShape.of(r.path());
            routeShapes.add(shape);
            shapes.putIfAbsent(shape.key, shape);
            byShape.computeIfAbsent(shape.key, k -> new ArrayList<>()).add(r);
        }
        int added = 0;
        for (Map.Entry<String, List<Route>> group : byShape.entrySet()) {
            PathShape shape = shapes.get(group.getKey());
            String methods = methodsFor(shape, group.getValue(), routes, routeShapes);
            if (methods != null) {
                Route first = group.getValue().get(0);
                ctx.addRoute(HttpMethod.OPTIONS, first.path(), new Preflight(policy, methods)).includeInSchema(false)
                        .option(RouteOption.PREFLIGHT, true);
                added++;
                LOG.log(Level.DEBUG, () -> "CORS pre-flight route OPTIONS " + first.path() + " allows " + methods);
            }
        }
        return added;
    }

    /** @return the comma-joined methods, or {@code null} when the path needs no pre-flight route */
    private static String methodsFor(PathShape shape, List<Route> group, List<Route> all, List<PathShape> shapes) {
        boolean enabled = false;
        for (Route r : group) {
            if (r.methods().contains(HttpMethod.ANY)) {
                return null;
            }
            enabled |= corsEnabled(r);
        }
        if (!enabled) {
            return null;
        }
        TreeSet<String> methods = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            Route r = all.get(i);
            if (!shapes.get(i).covers(shape)) {
                continue;
            }
            if (r.methods().contains(HttpMethod.OPTIONS)) {
                return null;
            }
            if (corsEnabled(r)) {
                methods.addAll(r.methods().contains(HttpMethod.ANY) ? ALL_METHODS : r.methods());
            }
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(",", methods);
    }

    private static boolean corsEnabled(Route r) {
        return Boolean.TRUE.equals(r.option(RouteOption.CORS));
    }
}
