package dev.portico.feature.openapi;

import dev.portico.feature.openapi.annotations.Description;
import dev.portico.feature.openapi.annotations.Example;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;
import java.util.Optional;

/**
 * The Todo model of the Powertools examples: userId int, optional id, title str, completed bool.
 *
 * @param userId the owner
 * @param id the id, absent before creation
 * @param title the title
 * @param completed whether done
 */
@Description("A thing to do")
public record Todo(@Min(1) int userId, Optional<Integer> id, @Length(min = 1, max = 100) @Example("Buy milk") String title,
                   boolean completed) {
}
