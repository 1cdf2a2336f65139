/**
 * The shop's handlers, written against Portico's API only ({@code dev.portico.api}): no Lambda
 * types, so the same routes answer HTTP API requests and Billow webhooks (checked by ArchUnit).
 */
package com.example.consumer.api;
