/**
 * The benchmark runner: {@link dev.portico.benchmarks.harness.ColdStartHarness} starts fresh
 * processes for every variant and takes medians, {@link dev.portico.benchmarks.harness.ClassLoadProfile}
 * counts the classes each Java variant loads, and {@link dev.portico.benchmarks.harness.Report}
 * joins those results with JMH's into the table of {@code RESULTS.md}. Run all of it with
 * {@code benchmarks/run.sh}.
 */
package dev.portico.benchmarks.harness;
