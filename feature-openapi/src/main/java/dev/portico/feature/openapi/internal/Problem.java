package dev.portico.feature.openapi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One validation problem, in the shape Powertools (pydantic) reports it.
 *
 * @param loc where: a source ({@code path}, {@code query}, {@code header}, {@code body},
 *     {@code response}) then names and list indexes
 * @param type a pydantic-like code such as {@code int_parsing} or {@code missing}
 * @param msg a human-readable message
 */
public record Problem(List<Object> loc, String type, String msg) {

    /** Copies the location. */
    public Problem {
        loc = List.copyOf(loc);
    }

    /**
     * @param loc a location
     * @param more segments to append
     * @return a new list with the segments appended
     */
    public static List<Object> at(List<Object> loc, Object... more) {
        List<Object> out = new ArrayList<>(loc.size() + more.length);
        out.addAll(loc);
        out.addAll(List.of(more));
        return out;
    }
}
