package dev.portico.benchmarks.portico;

/**
 * What a filler route answers.
 *
 * @param resource the resource name, such as {@code res7}
 * @param id the item id, or {@code all} for the collection
 */
public record Item(String resource, String id) {
}
