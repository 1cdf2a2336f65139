/**
 * The benchmark API on Portico: {@link dev.portico.benchmarks.portico.TodoApi} declares the routes,
 * and the handlers are what a Portico user deploys.
 */
package dev.portico.benchmarks.portico;
