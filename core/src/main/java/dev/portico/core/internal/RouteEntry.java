package dev.portico.core.internal;

import dev.portico.api.Route;

/** A route compiled for dispatch: its declaration, parsed path and middleware chain. */
final class RouteEntry {
    final Route route;
    final PathTemplate template;
    final Chain chain;

    RouteEntry(Route route, PathTemplate template, Chain chain) {
        this.route = route;
        this.template = template;
        this.chain = chain;
    }

    @Override
    public String toString() {
        return String.join(",", route.methods()) + " " + route.path();
    }
}
