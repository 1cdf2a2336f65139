package dev.portico.examples.todo;

import dev.portico.feature.openapi.annotations.Description;

/**
 * A todo item.
 *
 * @param id the id
 * @param title what to do
 * @param completed whether it is done
 */
@Description("A todo")
public record Todo(long id, String title, boolean completed) {
}
