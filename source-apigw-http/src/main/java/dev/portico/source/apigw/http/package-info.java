/**
 * Amazon API Gateway HTTP API support: {@link dev.portico.source.apigw.http.ApiGatewayHttpSource}
 * reads payload format 2.0 events and writes their responses.
 */
package dev.portico.source.apigw.http;
