/**
 * JMH benchmarks: the cost of one invocation (decode, route, handle, encode) against the
 * hand-written baseline, and route lookup alone as the number of routes grows.
 */
package dev.portico.benchmarks.jmh;
