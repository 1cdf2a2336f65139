package dev.portico.benchmarks.spring;

/**
 * A to-do item, as every benchmark variant returns it.
 *
 * @param id the id
 * @param title the title
 * @param done whether it is done
 */
public record Todo(String id, String title, boolean done) {
}
