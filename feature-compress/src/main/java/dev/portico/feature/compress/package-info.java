/**
 * Gzip compression for Portico applications. Put this module on the class or module path and ask
 * for compression on a route or a response:
 *
 * <pre>{@code
 * app.get("/todos", todos::list).compress();
 * app.get("/report", r -> Response.builder().body(report()).compress(true).build());
 * }</pre>
 *
 * <p>Routes that ask for compression fail the build, naming this artifact, when the module is
 * missing. {@link dev.portico.feature.compress.CompressConfig} sets the smallest body worth
 * compressing; {@link dev.portico.feature.compress.CompressFeature} is public only so that
 * applications that turn discovery off can register it.
 */
package dev.portico.feature.compress;
