/**
 * An event source plugin of the application's own: Billow webhook deliveries become ordinary
 * Portico requests ({@code POST /billow/<type>}), routed like the HTTP API's.
 */
package com.example.consumer.webhook;
