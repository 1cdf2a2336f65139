package dev.portico.feature.cors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A route path reduced to what matters for pre-flight planning, read with the router's rules: a
 * template of literal and parameter segments ({@code {name}} or {@code <name>}), a template ending
 * in a greedy {@code {name+}}, or a regular expression. Only used while the application is built.
 */
final class PathShape {
    enum Kind { TREE, GREEDY, REGEX }

    private static final Pattern PARAM = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*}|<[A-Za-z_][A-Za-z0-9_]*>");
    private static final Pattern GREEDY_PARAM = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*\\+}");
    private static final Pattern INLINE = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*(\\+?)}|<[A-Za-z_][A-Za-z0-9_]*>");
    private static final String REGEX_CHARS = "*+?()[]|^$\\{}<>";

    final Kind kind;
    /** Tree and greedy kinds: each segment's literal, {@code null} for a parameter (the greedy one last). */
    final String[] segments;
    /** Equal for paths that match the same requests. */
    final String key;
    private final String path;
    private Pattern regex;

    private PathShape(Kind kind, String[] segments, String key, String path) {
        this.kind = kind;
        this.segments = segments;
        this.key = key;
        this.path = path;
    }

    static PathShape of(String declared) {
        String path = declared.length() > 1 && declared.endsWith("/")
                ? declared.substring(0, declared.length() - 1) : declared;
        if (!path.startsWith("/")) {
            return new PathShape(Kind.REGEX, null, "R:" + path, path);
        }
        String[] segs = "/".equals(path) ? new String[0] : path.substring(1).split("/", -1);
        String[] literals = new String[segs.length];
        boolean greedy = false;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (PARAM.matcher(s).matches()) {
                key.append("/{}");
            } else if (GREEDY_PARAM.matcher(s).matches() && i == segs.length - 1) {
                greedy = true;
                key.append("/{+}");
            } else if (hasRegexChars(s)) {
                return new PathShape(Kind.REGEX, null, "R:" + path, path);
            } else {
                literals[i] = s;
                key.append('/').append(s);
            }
        }
        return new PathShape(greedy ? Kind.GREEDY : Kind.TREE, literals, (greedy ? "G:" : "T:") + key, path);
    }

    private static boolean hasRegexChars(String seg) {
        for (int i = 0; i < seg.length(); i++) {
            if (REGEX_CHARS.indexOf(seg.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether this is a template of literal segments only */
    boolean literal() {
        if (kind != Kind.TREE) {
            return false;
        }
        for (String s : segments) {
            if (s == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every request path that {@code other} matches is also matched by this shape, so this
     * shape's route also answers there (for the methods the more specific routes lack).
     *
     * @param other another shape
     * @return true when this shape covers it; false when unsure
     */
    boolean covers(PathShape other) {
        if (key.equals(other.key)) {
            return true;
        }
        switch (kind) {
            case TREE:
                if (other.kind != Kind.TREE || other.segments.length != segments.length) {
                    return false;
                }
                return prefixCovers(other, segments.length);
            case GREEDY:
                if (other.kind == Kind.REGEX || other.segments.length < segments.length) {
                    return false;
                }
                return prefixCovers(other, segments.length - 1);
            default:
                return other.literal() && regex() != null && regex().matcher(other.path).matches();
        }
    }

    private boolean prefixCovers(PathShape other, int n) {
        for (int i = 0; i < n; i++) {
            if (segments[i] != null && !segments[i].equals(other.segments[i])) {
                return false;
            }
            if (segments[i] == null && other.kind == Kind.GREEDY && i == other.segments.length - 1) {
                return false;
            }
        }
        return true;
    }

    private Pattern regex() {
        if (regex == null) {
            Matcher m = INLINE.matcher(path);
            StringBuilder sb = new StringBuilder("^(?:");
            int last = 0;
            while (m.find()) {
                sb.append(path, last, m.start()).append("+".equals(m.group(1)) ? ".+" : "[^/]+");
                last = m.end();
            }
            sb.append(path.substring(last)).append(")$");
            try {
                regex = Pattern.compile(sb.toString());
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
        return regex;
    }

    @Override
    public String toString() {
        return key;
    }
}
