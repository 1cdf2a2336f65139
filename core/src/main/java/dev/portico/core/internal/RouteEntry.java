package dev.portico.core.internal;

import dev.portico.api.Route;
import dev.portico.api.RouteOption;

/** A route compiled for dispatch: its declaration, parsed path and middleware chain. */
final class RouteEntry {
    final Route route;
    final PathTemplate template;
    final Chain chain;
    /** The route's {@link RouteOption#CACHE_CONTROL}, or {@code null}: read once, not per request. */
    final String cacheControl;
    /** Whether the route is a CORS pre-flight answer ({@link RouteOption#PREFLIGHT}). */
    final boolean preflight;

    RouteEntry(Route route, PathTemplate template, Chain chain) {
        this.route = route;
        this.template = template;
        this.chain = chain;
        this.cacheControl = route.option(RouteOption.CACHE_CONTROL);
        this.preflight = Boolean.TRUE.equals(route.option(RouteOption.PREFLIGHT));
    }

    @Override
    public String toString() {
        return String.join(",", route.methods()) + " " + route.path();
    }
}
