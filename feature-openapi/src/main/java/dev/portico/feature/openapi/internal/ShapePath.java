package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Walks JSON trees and shapes along locations: pointers to locations, and property order. */
final class ShapePath {

    private ShapePath() {
    }

    /** Turns a JSON pointer such as {@code #/items/0/title} into a location after the prefix. */
    static List<Object> loc(String pointer, JsonNode root, List<Object> prefix) {
        List<Object> loc = new ArrayList<>(prefix);
        if (pointer == null) {
            return loc;
        }
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        JsonNode at = root;
        for (String raw : p.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String seg = raw.replace("~1", "/").replace("~0", "~");
            if (at != null && at.isArray() && seg.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(seg);
                loc.add(i);
                at = at.get(i);
            } else {
                loc.add(seg);
                at = at == null ? null : at.get(seg);
            }
        }
        return loc;
    }

    static JsonNode node(JsonNode root, List<Object> rel) {
        JsonNode at = root;
        for (Object seg : rel) {
            if (at == null) {
                return null;
            }
            at = seg instanceof Integer i ? at.get(i) : at.get((String) seg);
        }
        return at;
    }

    static Shape shape(Shape root, List<Object> rel) {
        Shape at = root;
        for (Object seg : rel) {
            if (at == null) {
                return null;
            }
            if (at.kind() == Shape.Kind.OBJECT && seg instanceof String name) {
                int i = at.def().indexOf(name);
                at = i < 0 ? null : at.def().properties().get(i).shape();
            } else if (at.kind() == Shape.Kind.ARRAY || at.kind() == Shape.Kind.MAP) {
                at = at.items();
            } else {
                return null;
            }
        }
        return at;
    }

    /** A sort key: property positions and list indexes along a location. */
    static List<Integer> order(Shape root, List<Object> rel) {
        List<Integer> key = new ArrayList<>(rel.size());
        Shape at = root;
        for (Object seg : rel) {
            if (seg instanceof Integer i) {
                key.add(i);
                at = at == null ? null : at.items();
            } else if (at != null && at.kind() == Shape.Kind.OBJECT) {
                int i = at.def().indexOf((String) seg);
                key.add(i < 0 ? Integer.MAX_VALUE : i);
                at = i < 0 ? null : at.def().properties().get(i).shape();
            } else {
                key.add(0);
                at = at == null ? null : at.items();
            }
        }
        return key;
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
