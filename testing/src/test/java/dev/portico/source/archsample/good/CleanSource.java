package dev.portico.source.archsample.good;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;
import java.io.IOException;

/** A source written against the SPI, the core's exported package, Jackson and the AWS events library only. */
public class CleanSource implements EventSource {

    /** @return an application decoding only this source's events */
    public static Resolver app() {
        return Resolver.builder().discover(false).source(new CleanSource()).build();
    }

    @Override
    public String id() {
        return "clean";
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.has("clean");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        return SourceRequest.builder(id()).method("GET").path(event.string("clean"))
                .event(ApplicationLoadBalancerRequestEvent::new).build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("status", response.status());
        out.writeEndObject();
    }
}
