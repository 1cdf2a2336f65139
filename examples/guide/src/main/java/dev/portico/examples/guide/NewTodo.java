package dev.portico.examples.guide;

import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Example;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;

// tag::model[]
/**
 * A todo to create: the body of {@code POST /todos}, validated before the handler runs.
 *
 * @param userId the owner
 * @param title what to do
 * @param completed whether it is done
 */
@Description("A todo to create")
public record NewTodo(@Min(1) int userId,
                      @Length(min = 1, max = 100) @Example("Buy milk") String title,
                      boolean completed) {
}
// end::model[]
