package dev.portico.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The routing rules of docs/routing.md restated as slowly and plainly as possible, for
 * {@link RouterFuzzTest}: every route is tried against the path; no tree, no hash map.
 */
final class RouteOracle {

    /**
     * What a lookup must give.
     *
     * @param malformed whether the path has malformed percent-encoding (400)
     * @param regexTooDeep whether a regular-expression route overflowed the stack on the path (414)
     * @param entry the route, or {@code null}
     * @param params its decoded parameters
     * @param allowed the methods for a 405, else empty
     * @param headFromGet whether a HEAD request goes to a GET route
     */
    record Expected(boolean malformed, boolean regexTooDeep, RouteEntry entry, Map<String, String> params,
                    Set<String> allowed, boolean headFromGet) {
    }

    private RouteOracle() {
    }

    static Expected lookup(List<RouteEntry> entries, String method, String path) {
        String normalized = normalize(path);
        List<String> segments = segments(normalized);
        if (segments == null) {
            return new Expected(true, false, null, Map.of(), Set.of(), false);
        }
        Set<String> allowed = new TreeSet<>();
        RouteEntry best = null;
        int bestLiterals = -1;
        long bestMask = 0;
        List<String> shapes = new ArrayList<>();
        for (RouteEntry e : entries) {
            if (e.template.kind != PathTemplate.Kind.TREE || shapes.contains(e.template.shape())
                    || !matchesTree(e.template.literals, segments)) {
                continue;
            }
            shapes.add(e.template.shape());
            List<RouteEntry> sameShape = entries.stream().filter(x -> x.template.shape().equals(e.template.shape())).toList();
            RouteEntry chosen = choose(sameShape, method);
            if (chosen == null) {
                sameShape.forEach(x -> addAllowed(allowed, x.route.methods()));
                continue;
            }
            int literals = 0;
            long mask = 0;
            for (int d = 0; d < e.template.literals.length; d++) {
                if (e.template.literals[d] != null) {
                    literals++;
                    mask |= d < 63 ? 1L << (62 - d) : 0;
                }
            }
            if (literals > bestLiterals || (literals == bestLiterals && Long.compareUnsigned(mask, bestMask) > 0)) {
                best = chosen;
                bestLiterals = literals;
                bestMask = mask;
            }
        }
        if (best != null) {
            RouteEntry chosen = best;
            boolean headFromGet = "HEAD".equals(method) && !chosen.route.methods().contains("*")
                    && entries.stream().noneMatch(x -> x.template.shape().equals(chosen.template.shape())
                    && x.route.methods().contains("HEAD"));
            return new Expected(false, false, best, treeParams(best.template, segments), Set.of(), headFromGet);
        }
        for (RouteEntry e : entries) {
            if (e.template.kind == PathTemplate.Kind.TREE) {
                continue;
            }
            Map<String, String> params;
            try {
                params = e.template.kind == PathTemplate.Kind.REGEX ? regex(e.template, normalized)
                        : greedy(e.template, segments);
            } catch (StackOverflowError tooDeep) {
                return new Expected(false, true, null, Map.of(), Set.of(), false);
            }
            if (params == null) {
                continue;
            }
            Set<String> methods = e.route.methods();
            if (methods.contains(method) || methods.contains("*")) {
                return new Expected(false, false, e, params, Set.of(), false);
            }
            if ("HEAD".equals(method) && methods.contains("GET")) {
                return new Expected(false, false, e, params, Set.of(), true);
            }
            addAllowed(allowed, methods);
        }
        return new Expected(false, false, null, Map.of(), allowed, false);
    }

    /** The route of a shape for a method: its own, else one for any method, else GET for HEAD. */
    private static RouteEntry choose(List<RouteEntry> sameShape, String method) {
        for (String wanted : "HEAD".equals(method) ? List.of(method, "*", "GET") : List.of(method, "*")) {
            for (RouteEntry e : sameShape) {
                if (e.route.methods().contains(wanted)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static void addAllowed(Set<String> allowed, Set<String> methods) {
        allowed.addAll(methods);
        if (methods.contains("GET")) {
            allowed.add("HEAD");
        }
    }

    private static boolean matchesTree(String[] literals, List<String> segments) {
        if (literals.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] == null ? segments.get(i).isEmpty() : !literals[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> treeParams(PathTemplate t, List<String> segments) {
        Map<String, String> out = new LinkedHashMap<>();
        int p = 0;
        for (int i = 0; i < t.literals.length; i++) {
            if (t.literals[i] == null) {
                out.put(t.paramNames[p++], segments.get(i));
            }
        }
        return out;
    }

    /** A greedy template: its fixed segments, then one or more segments (a non-empty rest). */
    private static Map<String, String> greedy(PathTemplate t, List<String> segments) {
        int fixed = t.literals.length - 1;
        if (segments.size() < t.literals.length || !matchesTree(Arrays.copyOf(t.literals, fixed),
                segments.subList(0, fixed))) {
            return null;
        }
        String rest = String.join("/", segments.subList(fixed, segments.size()));
        if (rest.isEmpty()) {
            return null;
        }
        Map<String, String> out = treeParams(t, segments);
        out.put(t.paramNames[t.paramNames.length - 1], rest);
        return out;
    }

    private static Map<String, String> regex(PathTemplate t, String normalized) {
        Matcher m = t.regex.matcher(normalized);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < t.paramNames.length; i++) {
            out.put(t.paramNames[i], decode(m.group("p" + i)));
        }
        return out;
    }

    /** @return the path without one trailing slash (the root stays {@code /}) */
    static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** @return the decoded segments of a normalized path, or {@code null} when an encoding is malformed */
    static List<String> segments(String normalized) {
        if (normalized.isEmpty() || normalized.equals("/")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String raw : normalized.substring(1).split("/", -1)) {
            String decoded = decode(raw);
            if (decoded == null) {
                return null;
            }
            out.add(decoded);
        }
        return out;
    }

    /** Percent-decodes one segment: every character as its UTF-8 bytes, each {@code %XX} as one byte. */
    private static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2))) {
                    return null;
                }
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        byte[] b = bytes.toByteArray();
        return RouterFuzzTest.strictUtf8(b) ? new String(b, StandardCharsets.UTF_8) : null;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** @return the path a template gives with these parameters, each percent-encoded */
    static String fill(PathTemplate t, Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        int p = 0;
        for (String literal : t.literals) {
            sb.append('/');
            if (literal != null) {
                sb.append(encode(literal));
            } else if (t.kind == PathTemplate.Kind.GREEDY && p == t.paramNames.length - 1) {
                List<String> parts = new ArrayList<>();
                for (String part : params.get(t.paramNames[p++]).split("/", -1)) {
                    parts.add(encode(part));
                }
                sb.append(String.join("/", parts));
            } else {
                sb.append(encode(params.get(t.paramNames[p++])));
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append(String.format("%%%02X", c));
            }
        }
        return sb.toString();
    }
}
