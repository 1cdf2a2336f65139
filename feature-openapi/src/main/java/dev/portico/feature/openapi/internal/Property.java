package dev.portico.feature.openapi.internal;

/**
 * A property of an object type.
 *
 * @param name the JSON name
 * @param shape its shape
 * @param required whether the property must be present
 */
public record Property(String name, Shape shape, boolean required) {
}
