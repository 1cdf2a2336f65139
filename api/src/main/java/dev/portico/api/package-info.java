/**
 * What application code is written against: {@link dev.portico.api.Router} to declare routes,
 * {@link dev.portico.api.Handler} and {@link dev.portico.api.Middleware} to handle them,
 * {@link dev.portico.api.Request} and {@link dev.portico.api.Response} for the exchange, and
 * {@link dev.portico.api.ServiceError} with its subclasses for HTTP errors.
 *
 * <p>Nothing here depends on an event source: the same handler answers API Gateway, ALB, Function
 * URL and VPC Lattice events. The typed AWS event is still reachable through
 * {@link dev.portico.api.Request#event(Class)} when a handler needs it.
 */
package dev.portico.api;
