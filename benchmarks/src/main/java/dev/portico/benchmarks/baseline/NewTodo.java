package dev.portico.benchmarks.baseline;

/**
 * The body of the baseline's validated {@code POST /todos}: the record Portico's typed route reads,
 * without Portico's constraint annotations (the baseline checks them by hand).
 *
 * @param title 1 to 100 characters
 * @param priority at least 1
 */
public record NewTodo(String title, int priority) {
}
