package dev.portico.testing.hardening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mutates events held as maps and lists: replaces any value at any depth by another JSON value or
 * type, removes and adds keys, garbles strings, copies one part over another, and, as targeted
 * mutations, breaks the method, the path, the query or the body the way a malformed event would.
 */
final class Mutator {
    /** The keys of every format, so added keys often mean something to some source. */
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("version", "routeKey", "rawPath", "rawQueryString",
            "httpMethod", "method", "path", "raw_path", "resource", "headers", "multiValueHeaders",
            "queryStringParameters", "multiValueQueryStringParameters", "query_string_parameters", "cookies",
            "requestContext", "http", "elb", "domainName", "stage", "requestId", "identity", "sourceIp", "body",
            "isBase64Encoded", "is_base64_encoded", "pathParameters", "stageVariables", "targetGroupArn"));

    private final Gen g;

    Mutator(Gen g) {
        this.g = g;
    }

    /** Applies one to three random mutations. */
    Object mutate(Object event) {
        Object e = Apps.copy(event);
        for (int i = 1 + g.n(3); i > 0; i--) {
            e = once(e);
        }
        return e;
    }

    private Object once(Object root) {
        List<List<Object>> paths = paths(root);
        if (paths.isEmpty()) {
            return g.json(2);
        }
        List<Object> at = g.pick(paths);
        Object current = get(root, at);
        switch (g.n(7)) {
            case 0 -> set(root, at, g.json(2));
            case 1 -> set(root, at, g.pick(null, "", 0, true, List.of(), Map.of(), List.of("x", 1), Map.of("k", "v")));
            case 2 -> remove(root, at);
            case 3 -> {
                Object parent = get(root, at.subList(0, at.size() - 1));
                if (parent instanceof Map<?, ?>) {
                    List<Object> added = new ArrayList<>(at.subList(0, at.size() - 1));
                    added.add(g.chance(70) ? g.pick(new ArrayList<>(KEYS)) : g.nasty(2));
                    set(root, added, g.json(2));
                }
            }
            case 4 -> set(root, at, current instanceof String s ? garble(s) : g.nasty(3));
            case 5 -> set(root, at, Apps.copy(get(root, g.pick(paths))));
            default -> set(root, at, current instanceof String s ? s.repeat(1 + g.n(50)) : g.text(40));
        }
        return root;
    }

    private String garble(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 1 + g.n(3); i > 0; i--) {
            int at = sb.length() == 0 ? 0 : g.n(sb.length() + 1);
            switch (g.n(3)) {
                case 0 -> sb.insert(at, g.pick(Gen.NASTY));
                case 1 -> sb.setLength(at);
                default -> sb.insert(at, g.text(5));
            }
        }
        return sb.toString();
    }

    /**
     * Breaks the event the way a malformed event would, such that its source must answer 400: an
     * invalid method, malformed percent-encoding in the path, or a body flagged base64 that is not.
     *
     * @param event a valid event to {@code /echo/{a}}, as maps
     * @return a mutated copy
     */
    @SuppressWarnings("unchecked")
    Object breakIt(Map<String, Object> event) {
        Map<String, Object> e = (Map<String, Object>) Apps.copy(event);
        Map<String, Object> http = e.get("requestContext") instanceof Map<?, ?> c && c.get("http") instanceof Map<?, ?> h
                ? (Map<String, Object>) h : null;
        switch (g.n(3)) {
            case 0 -> {
                String bad = g.pick(Gen.BAD_METHODS);
                if (http != null) {
                    http.put("method", bad);
                } else {
                    e.put(e.containsKey("httpMethod") ? "httpMethod" : "method", bad);
                }
            }
            case 1 -> {
                String key = e.containsKey("rawPath") ? "rawPath" : e.containsKey("raw_path") ? "raw_path" : "path";
                e.put(key, e.get(key) + g.pick("%", "%z", "%zz", "%2", "%C3%28", "%ff", "%E2%82"));
            }
            default -> {
                e.put("body", g.pick("not base64!", "%%%", "YWJj*", "====", "a", "ab\u0000cd"));
                e.put(e.containsKey("is_base64_encoded") ? "is_base64_encoded" : "isBase64Encoded", true);
            }
        }
        return e;
    }

    /** @return the path (keys and list indexes) of every value in an event, outermost first */
    static List<List<Object>> paths(Object root) {
        List<List<Object>> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> out) {
        if (node instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                List<Object> p = new ArrayList<>(path);
                p.add(k);
                out.add(p);
                collect(m.get(k), p, out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                out.add(p);
                collect(l.get(i), p, out);
            }
        }
    }

    static Object get(Object root, List<Object> path) {
        Object node = root;
        for (Object k : path) {
            node = node instanceof Map<?, ?> m ? m.get(k) : node instanceof List<?> l && k instanceof Integer i
                    && i < l.size() ? l.get(i) : null;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static void set(Object root, List<Object> path, Object value) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object key = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(key, Apps.copy(value));
        } else if (parent instanceof List<?> l && key instanceof Integer i && i < l.size()) {
            ((List<Object>) l).set(i, Apps.copy(value));
        }
    }

    private static void remove(Object root, List<Object> path) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object key = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> m) {
            m.remove(key);
        } else if (parent instanceof List<?> l && key instanceof Integer i && i < l.size()) {
            l.remove((int) i);
        }
    }
}
