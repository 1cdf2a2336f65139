/**
 * A worked example of a Portico event source plugin: {@link dev.portico.examples.envelope.EnvelopeSource}
 * reads HTTP requests wrapped in a home-made JSON envelope and answers in the envelope's own response
 * shape. Declared here with {@code provides} for the module path, and in
 * {@code META-INF/services/dev.portico.api.spi.EventSource} for the class path.
 */
module dev.portico.examples.envelope {
    // A plugin is written against the API only: EventSource, SourceRequest, WireResponse, EventJson.
    requires transitive dev.portico.api;

    exports dev.portico.examples.envelope;

    provides dev.portico.api.spi.EventSource with dev.portico.examples.envelope.EnvelopeSource;
}
