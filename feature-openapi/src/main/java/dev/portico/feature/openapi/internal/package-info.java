/**
 * Not exported: how Java types become shapes, JSON Schemas and validation problems. Depends on the
 * annotations package only, never on {@code dev.portico.feature.openapi}.
 */
package dev.portico.feature.openapi.internal;
