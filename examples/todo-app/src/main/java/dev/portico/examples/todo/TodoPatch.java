package dev.portico.examples.todo;

import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Pattern;
import java.util.Optional;

/**
 * The body of {@code PATCH /todos/{id}}: the fields to change; absent ones are kept.
 *
 * @param title the new title, if it changes
 * @param completed the new state, if it changes
 */
@Description("The fields of a todo to change")
public record TodoPatch(
        @Length(min = 1, max = 200) @Pattern("\\S") @Description("The new title") Optional<String> title,
        @Description("The new state") Optional<Boolean> completed) {
}
