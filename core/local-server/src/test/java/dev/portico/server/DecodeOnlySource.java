package dev.portico.server;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;

/**
 * A source that decodes {@code {"decodeOnly":1,"method":..,"path":..}} and answers {@code {"status":..}}
 * but does not implement {@link EventSource#writeEvent}, so the local server cannot produce its events.
 */
class DecodeOnlySource implements EventSource {
    @Override
    public String id() {
        return "decode-only";
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.has("decodeOnly");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return SourceRequest.builder(id()).method(event.string("method")).path(event.string("path")).build();
    }

    @Override
    public void encode(WireResponse r, SourceRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("status", r.status());
        g.writeEndObject();
    }
}
