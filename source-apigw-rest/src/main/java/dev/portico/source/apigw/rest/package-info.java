/**
 * API Gateway REST APIs (Lambda proxy integration, payload format 1.0):
 * {@link dev.portico.source.apigw.rest.ApiGatewayRestSource}, the event source found by
 * {@link java.util.ServiceLoader}, and {@link dev.portico.source.apigw.rest.ApiGatewayRestResolver},
 * a resolver fixed to it with the typed {@code RequestHandler<APIGatewayProxyRequestEvent,
 * APIGatewayProxyResponseEvent>} entry point.
 */
package dev.portico.source.apigw.rest;
