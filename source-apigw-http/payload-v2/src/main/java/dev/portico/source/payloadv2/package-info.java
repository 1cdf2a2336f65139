/**
 * Support shared by the payload format 2.0 event sources ({@code portico-source-apigw-http} and
 * {@code portico-source-function-url}): the format itself ({@link dev.portico.source.payloadv2.PayloadV2},
 * free of AWS types), a source base class and the typed AWS event conversions.
 * Nothing here is registered with {@code ServiceLoader}.
 */
package dev.portico.source.payloadv2;
