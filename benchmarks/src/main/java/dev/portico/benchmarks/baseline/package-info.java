/**
 * The hand-written baseline: the benchmark API answered by a plain {@code RequestStreamHandler}
 * with Jackson ({@code ObjectMapper.readTree}, a {@code switch} on the path, {@code writeValue}),
 * producing exactly the response JSON Portico's REST source writes.
 */
package dev.portico.benchmarks.baseline;
