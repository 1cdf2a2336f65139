package dev.portico.examples.guide;

import java.util.List;
import java.util.Optional;

/** The todo items the guide's examples answer with: fixed, so every output in the guide is exact. */
public final class Todos {
    /** Two todos. */
    public static final List<Todo> SAMPLE = List.of(new Todo(1, "Buy milk", false), new Todo(2, "Write docs", true));

    private Todos() {
    }

    /**
     * @param id an id
     * @return the sample todo with that id
     */
    public static Optional<Todo> find(int id) {
        return SAMPLE.stream().filter(t -> t.id() == id).findFirst();
    }
}
