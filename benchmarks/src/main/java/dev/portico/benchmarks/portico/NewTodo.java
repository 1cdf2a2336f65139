package dev.portico.benchmarks.portico;

import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Min;

/**
 * The body of the typed, validated {@code POST /todos}.
 *
 * @param title 1 to 100 characters
 * @param priority at least 1
 */
public record NewTodo(@Length(min = 1, max = 100) String title, @Min(1) int priority) {
}
