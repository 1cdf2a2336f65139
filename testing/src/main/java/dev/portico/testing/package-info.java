/**
 * Test tools for Portico applications: {@link dev.portico.testing.PorticoClient} calls an application
 * in memory in any event format and reads the answer into a {@link dev.portico.testing.TestResponse};
 * {@link dev.portico.testing.Events} builds Lambda events
 * (API Gateway REST and HTTP APIs, ALB, Function URLs, VPC Lattice v1 and v2) in the shapes AWS sends,
 * and {@link dev.portico.testing.ModuleChecks} checks that a module's {@code module-info} and its
 * {@code META-INF/services} files agree.
 */
package dev.portico.testing;
