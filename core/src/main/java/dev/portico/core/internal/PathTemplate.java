package dev.portico.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A route's path, parsed once when the application is built: a template of literal and parameter
 * segments (routed by the segment tree), a template ending in a greedy {@code {name+}} segment, or a
 * regular expression matched against the whole path.
 */
final class PathTemplate {
    enum Kind { TREE, GREEDY, REGEX }

    private static final String[] NO_NAMES = new String[0];

    /**
     * Regular-expression routes: compiled, and their classes ({@code PatternSyntaxException}) loaded,
     * only when an application declares one (cold start).
     */
    private static final class Inline {
        static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\+?}|<([A-Za-z_][A-Za-z0-9_]*)>");

        static PathTemplate regex(String declared, String path) {
            Matcher m = PARAM.matcher(path);
            StringBuilder sb = new StringBuilder("^(?:");
            List<String> names = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                sb.append(path, last, m.start());
                boolean greedy = m.group(1) != null && m.group().endsWith("+}");
                sb.append("(?<p").append(names.size()).append('>').append(greedy ? ".+" : "[^/]+").append(')');
                names.add(m.group(1) != null ? m.group(1) : m.group(2));
                last = m.end();
            }
            sb.append(path.substring(last)).append(")$");
            try {
                return new PathTemplate(declared, path, Kind.REGEX, null, names.toArray(NO_NAMES),
                        Pattern.compile(sb.toString()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Route '" + declared + "' is neither a path template ({name}, <name>, "
                        + "{name+}) nor a valid regular expression: " + e.getDescription(), e);
            }
        }
    }

    /** The characters that make a segment a regular expression: {@code *+?()[]|^$\{}<>}. */
    private static final boolean[] REGEX_CHARS = new boolean[128];

    static {
        for (char c : "*+?()[]|^$\\{}<>".toCharArray()) {
            REGEX_CHARS[c] = true;
        }
    }

    final String declared;
    /** The declared path without a trailing {@code /}: for a tree template of literals only, its static path. */
    final String path;
    final Kind kind;
    /** Tree and greedy kinds: the literal of each segment, {@code null} for a parameter. */
    final String[] literals;
    /** Parameter names in path order (the greedy one last); for regexes, in group order. */
    final String[] paramNames;
    /** Regex kind only. */
    final Pattern regex;

    private PathTemplate(String declared, String path, Kind kind, String[] literals, String[] paramNames,
                         Pattern regex) {
        this.declared = declared;
        this.path = path;
        this.kind = kind;
        this.literals = literals;
        this.paramNames = paramNames;
        this.regex = regex;
    }

    /**
     * @return a text equal for templates that match the same paths, to find duplicates; made when
     *     asked (tree templates find theirs in the route tree, without it)
     */
    String shape() {
        if (kind == Kind.REGEX) {
            return "R:" + path;
        }
        StringBuilder shape = new StringBuilder(kind == Kind.GREEDY ? "G:" : "T:");
        for (String literal : literals) {
            shape.append('/').append(literal == null ? "{}" : literal);
        }
        return shape.toString();
    }

    static PathTemplate parse(String declared) {
        // Scanned over the characters once, with few calls and no list, sublist or array copies: an
        // application may declare thousands of routes, parsed at start-up while this code still
        // runs interpreted (String.charAt, startsWith and endsWith cost a call chain per character).
        char[] cs = declared.toCharArray();
        int n = cs.length;
        if (n > 1 && cs[n - 1] == '/') {
            n--;
        }
        String path = n == cs.length ? declared : declared.substring(0, n);
        if (n == 0 || cs[0] != '/') {
            return regex(declared, path);
        }
        // The segments of path.substring(1).split("/", -1), cut out one by one.
        int count = 0;
        if (n > 1) {
            for (int i = 0; i < n; i++) {
                if (cs[i] == '/') {
                    count++;
                }
            }
        }
        String[] names = null;
        int nameCount = 0;
        String[] literals = new String[count];
        boolean greedy = false;
        int start = 1;
        for (int i = 0; i < count; i++) {
            int end = start;
            boolean special = false;
            for (char c; end < n && (c = cs[end]) != '/'; end++) {
                special |= c < 128 && REGEX_CHARS[c];
            }
            int from = start;
            start = end + 1;
            if (special) {
                // A parameter, a wildcard written by mistake, or a regular expression.
                String name = paramName(path, cs, from, end);
                if (name != null) {
                    boolean plus = cs[end - 2] == '+';
                    if (plus && i != count - 1) {
                        throw new IllegalArgumentException("Route '" + declared + "': the greedy parameter {" + name
                                + "+} must be the last segment; use a regular expression for anything else");
                    }
                    greedy |= plus;
                    if (names == null) {
                        names = new String[count - i];
                    }
                    names[nameCount++] = name;
                    continue;
                }
                if (cs[from] == '*' && (end - from == 1 || (end - from == 2 && cs[from + 1] == '*'))) {
                    String seg = path.substring(from, end);
                    throw new IllegalArgumentException("Route '" + declared + "' uses '" + seg
                            + "': write {name+} to capture the rest of the path, or the regular expression .+");
                }
                return regex(declared, path);
            }
            if (end == from) {
                throw new IllegalArgumentException("Route '" + declared + "' has an empty segment ('//'); remove it");
            }
            if (cs[from] == ':' && isName(cs, from + 1, end)) {
                String seg = path.substring(from, end);
                throw new IllegalArgumentException("Route '" + declared + "' uses '" + seg + "': write {"
                        + seg.substring(1) + "} or <" + seg.substring(1) + "> for a path parameter");
            }
            literals[i] = path.substring(from, end);
        }
        Kind kind = greedy ? Kind.GREEDY : Kind.TREE;
        if (names == null) {
            return new PathTemplate(declared, path, kind, literals, NO_NAMES, null);
        }
        if (nameCount != names.length) {
            String[] trimmed = new String[nameCount];
            System.arraycopy(names, 0, trimmed, 0, nameCount);
            names = trimmed;
        }
        if (nameCount > 1 && new HashSet<>(java.util.Arrays.asList(names)).size() != nameCount) {
            throw new IllegalArgumentException("Route '" + declared + "' uses a parameter name twice; give each one its own name");
        }
        return new PathTemplate(declared, path, kind, literals, names, null);
    }

    /**
     * The name of a whole-segment parameter {@code cs[from, to)}: {@code {name}}, {@code {name+}} or
     * {@code <name>}; else null.
     */
    private static String paramName(String path, char[] cs, int from, int to) {
        int n = to - from;
        if (n < 3) {
            return null;
        }
        char first = cs[from];
        char last = cs[to - 1];
        if (first == '{' && last == '}') {
            int end = cs[to - 2] == '+' ? to - 2 : to - 1;
            return isName(cs, from + 1, end) ? path.substring(from + 1, end) : null;
        }
        if (first == '<' && last == '>') {
            return isName(cs, from + 1, to - 1) ? path.substring(from + 1, to - 1) : null;
        }
        return null;
    }

    /** Whether {@code cs[from, to)} is an identifier: a letter or {@code _}, then letters, digits, {@code _}. */
    private static boolean isName(char[] cs, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = cs[i];
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == from || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static PathTemplate regex(String declared, String path) {
        return Inline.regex(declared, path);
    }

    @Override
    public String toString() {
        return declared;
    }
}
