package dev.portico.benchmarks.portico;

/**
 * A to-do item.
 *
 * @param id the id
 * @param title the title
 * @param done whether it is done
 */
public record Todo(String id, String title, boolean done) {
}
