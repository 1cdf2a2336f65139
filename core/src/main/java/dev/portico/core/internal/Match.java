package dev.portico.core.internal;

import java.util.Map;
import java.util.Set;

/**
 * What the route table found for a method and path.
 *
 * @param entry the route, or {@code null} when none answers the method
 * @param params the decoded path parameters of {@code entry}
 * @param allowed when the path exists with other methods only: those methods; else empty
 * @param headFromGet whether a HEAD request is answered by a GET route
 */
record Match(RouteEntry entry, Map<String, String> params, Set<String> allowed, boolean headFromGet) {
    static final Match NOT_FOUND = new Match(null, Map.of(), Set.of(), false);
}
