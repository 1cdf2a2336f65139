package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Walks JSON trees along locations: JSON pointers to locations, for everit's violations. */
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
}
