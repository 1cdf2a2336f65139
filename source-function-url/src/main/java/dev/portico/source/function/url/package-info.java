/**
 * AWS Lambda Function URL support: {@link dev.portico.source.function.url.LambdaFunctionUrlSource}
 * reads Function URL events (payload format 2.0) and writes their responses.
 */
package dev.portico.source.function.url;
