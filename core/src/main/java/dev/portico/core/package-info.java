/**
 * The application: build one with {@link dev.portico.core.Resolver#builder()} (or a source's own
 * resolver, such as {@code ApiGatewayRestResolver.builder()}), declare routes, and hand Lambda events
 * to it.
 */
package dev.portico.core;
