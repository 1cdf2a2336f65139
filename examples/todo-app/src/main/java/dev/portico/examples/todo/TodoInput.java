package dev.portico.examples.todo;

import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Example;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Pattern;
import java.util.Optional;

/**
 * The body of {@code POST /todos} and {@code PUT /todos/{id}}, validated before the handler runs
 * (422 with every problem otherwise).
 *
 * @param title what to do: 1 to 200 characters, not only spaces
 * @param completed whether it is done; false when absent
 */
@Description("A todo as a client sends it")
public record TodoInput(
        @Length(min = 1, max = 200) @Pattern("\\S") @Example("Buy milk") @Description("What to do") String title,
        @Description("Whether it is done (false when absent)") Optional<Boolean> completed) {

    /** @return whether it is done, false when absent */
    public boolean done() {
        return completed != null && completed.orElse(false);
    }
}
