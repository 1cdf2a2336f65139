/**
 * The shop API: orders over an API Gateway HTTP API, and payment webhooks from Billow (a made-up
 * billing service) through an event source of its own.
 */
module com.example.consumer {
    requires dev.portico.core;
    requires dev.portico.source.apigw.http;
    requires dev.portico.feature.cors;
    requires org.crac;

    exports com.example.consumer;
    exports com.example.consumer.api;
    exports com.example.consumer.webhook;
    // Jackson reads request bodies into the records of the api package.
    opens com.example.consumer.api to com.fasterxml.jackson.databind, com.fasterxml.jackson.jr.ob;

    // Also listed in META-INF/services, for the class path (where Lambda loads functions).
    provides dev.portico.api.spi.EventSource with com.example.consumer.webhook.BillowWebhookSource;
}
