package dev.portico.examples.todo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory, thread-safe todo store. One instance serves every request of a Lambda execution
 * environment (or of the local server), so it holds what was created since it started.
 */
public final class TodoStore {
    private final Map<Long, Todo> todos = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** @return all todos, by id */
    public List<Todo> all() {
        return new ArrayList<>(todos.values());
    }

    /**
     * @param id an id
     * @return the todo, if any
     */
    public Optional<Todo> find(long id) {
        return Optional.ofNullable(todos.get(id));
    }

    /**
     * @param title the title
     * @param completed whether done
     * @return the stored todo, with a new id
     */
    public Todo create(String title, boolean completed) {
        Todo todo = new Todo(ids.incrementAndGet(), title, completed);
        todos.put(todo.id(), todo);
        return todo;
    }

    /**
     * Replaces a todo.
     *
     * @param todo the new state; its id names the todo
     * @return the stored todo, or empty when there is none with that id
     */
    public Optional<Todo> replace(Todo todo) {
        return Optional.ofNullable(todos.computeIfPresent(todo.id(), (id, old) -> todo));
    }

    /**
     * @param id an id
     * @return whether a todo was removed
     */
    public boolean delete(long id) {
        return todos.remove(id) != null;
    }
}
