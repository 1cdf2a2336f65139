package dev.portico.examples.todo;

/**
 * A todo item.
 *
 * @param id the id
 * @param title what to do
 * @param completed whether it is done
 */
public record Todo(long id, String title, boolean completed) {
}
