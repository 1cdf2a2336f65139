package dev.portico.examples.guide;

/**
 * The todo item of the guide's examples.
 *
 * @param id the id
 * @param title what to do
 * @param completed whether it is done
 */
public record Todo(int id, String title, boolean completed) {
}
