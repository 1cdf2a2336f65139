package dev.portico.benchmarks.baseline;

/**
 * The baseline's to-do record, read with {@code ObjectMapper.readValue}.
 *
 * @param id the id
 * @param title the title
 * @param done whether it is done
 */
public record Todo(String id, String title, boolean done) {
}
