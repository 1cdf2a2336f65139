package dev.portico.feature.openapi;

import java.util.ArrayList;
import java.util.List;

/** Reads parameter names out of route path templates and writes OpenAPI paths. */
final class PathTemplates {

    private PathTemplates() {
    }

    /**
     * @param path a template such as {@code /todos/{id}}, {@code /files/{path+}} or {@code /todos/<id>}
     * @return the parameter names in order
     */
    static List<String> names(String path) {
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            String name = name(seg);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static String name(String seg) {
        if (seg.length() > 2 && seg.startsWith("{") && seg.endsWith("}")) {
            String n = seg.substring(1, seg.length() - 1);
            return n.endsWith("+") ? n.substring(0, n.length() - 1) : n;
        }
        if (seg.length() > 2 && seg.startsWith("<") && seg.endsWith(">")) {
            return seg.substring(1, seg.length() - 1);
        }
        return null;
    }

    /**
     * @param path a route template
     * @return its OpenAPI path ({@code {id}} for every parameter), or {@code null} when the route is a
     *     regular expression, which OpenAPI cannot describe
     */
    static String openApiPath(String path) {
        if (!path.startsWith("/")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : path.substring(1).split("/", -1)) {
            String name = name(seg);
            if (name != null) {
                if (!name.matches("[A-Za-z0-9_.-]+")) {
                    return null;
                }
                sb.append("/{").append(name).append('}');
            } else {
                for (int i = 0; i < seg.length(); i++) {
                    if ("*?()[]^$|\\{}<>+".indexOf(seg.charAt(i)) >= 0) {
                        return null;
                    }
                }
                sb.append('/').append(seg);
            }
        }
        return sb.toString();
    }
}
