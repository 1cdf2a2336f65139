package dev.portico.core.internal;

import dev.portico.api.BadRequestError;
import dev.portico.api.HttpMethod;
import dev.portico.api.ServiceError;
import dev.portico.api.spi.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Finds the route for a method and path. Built once; immutable and shared by concurrent requests.
 *
 * <p>Static and parameter routes live in a segment tree, so lookup cost depends on the path's
 * depth, not on the number of routes; fully static paths are also kept in a hash map. Among tree
 * routes matching a path, the one with the most literal segments wins, then the one whose first
 * literal comes earliest. Greedy ({@code {name+}}) and regular-expression routes are tried after the
 * tree, in declaration order. A route for the request's method wins over a better-ranked route for
 * other methods; when no route has the method, the methods of all matching routes make up
 * {@code Allow} (405).
 */
final class RouteTable {

    /** A segment-tree node. */
    private static final class Node {
        /** Children by literal segment; {@code null} until the first (most nodes are leaves). */
        Map<String, Node> literals;
        Node param;
        /**
         * The routes ending here by method, in declaration order: two small arrays searched in
         * order (a node has one or a few methods), made on the first route, rather than a map per node.
         */
        String[] methods;
        RouteEntry[] entries;
        int size;
        RouteEntry any;

        boolean hasRoutes() {
            return any != null || size > 0;
        }

        /** @return the route for exactly this method, or {@code null} */
        RouteEntry get(String method) {
            for (int i = 0; i < size; i++) {
                if (methods[i].equals(method)) {
                    return entries[i];
                }
            }
            return null;
        }

        void put(String method, RouteEntry entry) {
            for (int i = 0; i < size; i++) {
                if (methods[i].equals(method)) {
                    entries[i] = entry;
                    return;
                }
            }
            if (methods == null) {
                methods = new String[1]; // most paths have one method
                entries = new RouteEntry[1];
            } else if (size == methods.length) {
                // Not Arrays.copyOf: it makes a String[] reflectively (Array.newInstance).
                String[] moreMethods = new String[size * 2];
                RouteEntry[] moreEntries = new RouteEntry[size * 2];
                System.arraycopy(methods, 0, moreMethods, 0, size);
                System.arraycopy(entries, 0, moreEntries, 0, size);
                methods = moreMethods;
                entries = moreEntries;
            }
            methods[size] = method;
            entries[size] = entry;
            size++;
        }

        Node literal(String segment) {
            return literals == null ? null : literals.get(segment);
        }
    }

    private final Node root = new Node();
    private final Map<String, Node> staticPaths;
    private final List<RouteEntry> fallbacks = new ArrayList<>();
    /** Greedy and regular-expression routes by method and shape, to find duplicates among them. */
    private final Map<String, RouteEntry> declared = new HashMap<>();

    RouteTable() {
        this(16);
    }

    /** @param routes about how many routes will be added: the static-path map is sized for them once */
    RouteTable(int routes) {
        int capacity = Math.max(16, routes + routes / 3 + 1);
        staticPaths = new HashMap<>(capacity);
        // The root has about as many children as there are resources: sized once, not grown by doubling.
        root.literals = new HashMap<>(capacity);
    }

    /**
     * Adds a route.
     *
     * @throws IllegalStateException when another route has the same method and path shape
     */
    void add(RouteEntry entry) {
        PathTemplate t = entry.template;
        if (t.kind != PathTemplate.Kind.TREE) {
            for (String method : entry.route.methods()) {
                RouteEntry previous = declared.putIfAbsent(method + " " + t.shape(), entry);
                if (previous != null) {
                    throw duplicate(method, entry, previous);
                }
            }
            fallbacks.add(entry);
            return;
        }
        Node node = root;
        boolean allLiteral = true;
        for (String literal : t.literals) {
            if (literal == null) {
                allLiteral = false;
                node = node.param == null ? (node.param = new Node()) : node.param;
            } else {
                Node next = node.literal(literal);
                if (next == null) {
                    next = new Node(); // not computeIfAbsent(lambda): no class spun at start-up
                    if (node.literals == null) {
                        node.literals = new HashMap<>(4);
                    }
                    node.literals.put(literal, next);
                }
                node = next;
            }
        }
        // Tree templates with the same shape (literals and parameters at the same places) end at the
        // same node: a route there for the same method is a duplicate.
        // Every method checked before any is added: a table that refused a route is left as it was.
        for (String method : entry.route.methods()) {
            RouteEntry previous = HttpMethod.ANY.equals(method) ? node.any : node.get(method);
            if (previous != null) {
                throw duplicate(method, entry, previous);
            }
        }
        for (String method : entry.route.methods()) {
            if (HttpMethod.ANY.equals(method)) {
                node.any = entry;
            } else {
                node.put(method, entry);
            }
        }
        if (allLiteral) {
            staticPaths.put(t.path, node);
        }
    }

    private static IllegalStateException duplicate(String method, RouteEntry entry, RouteEntry previous) {
        return new IllegalStateException("Duplicate route: " + describe(method, entry) + " clashes with "
                + describe(method, previous) + ", declared earlier; both match the same paths. "
                + "Remove one of them or give them different methods.");
    }

    private static String describe(String method, RouteEntry e) {
        return method + " " + e.route.path();
    }

    /**
     * Looks up a route.
     *
     * @param method the upper-case method
     * @param path the request path, percent-encoded as received
     * @return the match
     * @throws BadRequestError when the path has malformed percent-encoding
     * @throws ServiceError 414 when the path is too long for a regular-expression route
     */
    Match lookup(String method, String path) {
        String normalized = path.length() > 1 && path.charAt(path.length() - 1) == '/'
                ? path.substring(0, path.length() - 1) : path;
        String[] segments = split(normalized);
        boolean encoded = normalized.indexOf('%') >= 0;
        Node exact = encoded ? null : staticPaths.get(normalized);
        if (exact != null) {
            RouteEntry e = pick(exact, method);
            if (e != null) {
                return new Match(e, Map.of(), Set.of(), isHeadFromGet(exact, method, e));
            }
        }
        Search search = new Search(segments, method);
        search.walk(root, 0, 0, 0L);
        if (search.best != null) {
            RouteEntry e = pick(search.best, method);
            return new Match(e, params(e.template.paramNames, search.bestValues), Set.of(),
                    isHeadFromGet(search.best, method, e));
        }
        Set<String> allowed = search.allowed;
        for (RouteEntry e : fallbacks) {
            Map<String, String> params = matchFallback(e.template, normalized, segments);
            if (params == null) {
                continue;
            }
            if (e.route.methods().contains(method) || e.route.methods().contains(HttpMethod.ANY)) {
                return new Match(e, params, Set.of(), false);
            }
            if (HttpMethod.HEAD.equals(method) && e.route.methods().contains(HttpMethod.GET)) {
                return new Match(e, params, Set.of(), true);
            }
            if (allowed == null) {
                allowed = new TreeSet<>();
            }
            addAllowed(allowed, e.route.methods());
        }
        return allowed == null || allowed.isEmpty() ? Match.NOT_FOUND
                : new Match(null, Map.of(), java.util.Collections.unmodifiableSet(allowed), false);
    }

    private static RouteEntry pick(Node node, String method) {
        RouteEntry e = node.get(method);
        if (e == null) {
            e = node.any;
        }
        if (e == null && HttpMethod.HEAD.equals(method)) {
            e = node.get(HttpMethod.GET);
        }
        return e;
    }

    private static boolean isHeadFromGet(Node node, String method, RouteEntry chosen) {
        return HttpMethod.HEAD.equals(method) && node.get(HttpMethod.HEAD) == null && node.any != chosen;
    }

    private static void addAllowed(Set<String> allowed, Set<String> methods) {
        allowed.addAll(methods);
        if (methods.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
    }

    /** Depth-first search of the tree for the best-ranked node answering the method. */
    private static final class Search {
        final String[] segments;
        final String method;
        final String[] values;
        /** The methods of paths matched for other methods; created on the first (a 405 is rare). */
        Set<String> allowed;
        Node best;
        int bestLiterals = -1;
        long bestMask;
        String[] bestValues;

        Search(String[] segments, String method) {
            this.segments = segments;
            this.method = method;
            this.values = new String[segments.length];
        }

        void walk(Node node, int depth, int literals, long mask) {
            if (literals + (segments.length - depth) < bestLiterals) {
                return;
            }
            if (depth == segments.length) {
                if (!node.hasRoutes()) {
                    return;
                }
                if (pick(node, method) == null) {
                    if (allowed == null) {
                        allowed = new TreeSet<>();
                    }
                    for (int i = 0; i < node.size; i++) {
                        allowed.add(node.methods[i]);
                        if (HttpMethod.GET.equals(node.methods[i])) {
                            allowed.add(HttpMethod.HEAD);
                        }
                    }
                    return;
                }
                if (literals > bestLiterals || (literals == bestLiterals && Long.compareUnsigned(mask, bestMask) > 0)) {
                    best = node;
                    bestLiterals = literals;
                    bestMask = mask;
                    bestValues = values.clone();
                }
                return;
            }
            String segment = segments[depth];
            Node literal = node.literal(segment);
            long bit = depth < 63 ? 1L << (62 - depth) : 0L;
            if (literal != null) {
                walk(literal, depth + 1, literals + 1, mask | bit);
            }
            if (node.param != null && !segment.isEmpty()) {
                values[depth] = segment;
                walk(node.param, depth + 1, literals, mask);
                values[depth] = null;
            }
        }
    }

    private static Map<String, String> params(String[] names, String[] values) {
        if (names.length == 0) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>(names.length * 2);
        int n = 0;
        for (String v : values) {
            if (v != null) {
                out.put(names[n++], v);
            }
        }
        return out;
    }

    private static Map<String, String> matchFallback(PathTemplate t, String normalized, String[] segments) {
        if (t.kind == PathTemplate.Kind.REGEX) {
            Matcher m = t.regex.matcher(normalized);
            if (!matches(m, true)) {
                return null;
            }
            if (t.paramNames.length == 0) {
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < t.paramNames.length; i++) {
                out.put(t.paramNames[i], decode(m.group("p" + i)));
            }
            return out;
        }
        String[] literals = t.literals;
        int fixed = literals.length - 1;
        if (segments.length < literals.length) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        int p = 0;
        for (int i = 0; i < fixed; i++) {
            if (literals[i] == null) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                out.put(t.paramNames[p++], segments[i]);
            } else if (!literals[i].equals(segments[i])) {
                return null;
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int i = fixed; i < segments.length; i++) {
            if (i > fixed) {
                rest.append('/');
            }
            rest.append(segments[i]);
        }
        if (rest.length() == 0) {
            return null; // "/files//": one empty segment is not "one or more segments"
        }
        out.put(t.paramNames[p], rest.toString());
        return out;
    }

    /**
     * Runs a route's (or a prefix's) regular expression. Java's regex engine recurses for each
     * repetition of a group, so a pattern such as {@code (a|b)*} overflows the stack on a long enough
     * path; that request is answered 414 rather than failing.
     *
     * @param m the matcher, reset on the path
     * @param whole {@code matches()} when true, else {@code lookingAt()}
     * @return whether it matched
     * @throws ServiceError 414 when the path is too long for the expression
     */
    static boolean matches(Matcher m, boolean whole) {
        try {
            return whole ? m.matches() : m.lookingAt();
        } catch (StackOverflowError e) {
            throw new ServiceError(414, "Request path is too long");
        }
    }

    /** Splits a normalized path into segments, each percent-decoded once. */
    private static String[] split(String path) {
        if ("/".equals(path) || path.isEmpty()) {
            return new String[0];
        }
        String[] raw = path.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = decode(raw[i]);
        }
        return raw;
    }

    private static String decode(String s) {
        // Urls.decode takes any Unicode digit as a hex digit (Character.digit): "%\uFF14\uFF11" would
        // decode to "A". Only ASCII hex digits make an escape in a path.
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                throw new BadRequestError("Malformed percent-encoding in path: '%' at index " + i
                        + " is not followed by two hex digits");
            }
        }
        try {
            return Urls.decode(s, false);
        } catch (IllegalArgumentException e) {
            throw new BadRequestError("Malformed percent-encoding in path: " + e.getMessage());
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
