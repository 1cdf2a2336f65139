package dev.portico.core;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A minimal event format for core tests: {@code {"fake":1,"method":..,"path":..,"headers":{n:[v]},
 * "query":{n:[v]},"body":..,"base64":b}}; responses {@code {"status":..,"headers":{n:[v]},
 * "cookies":[..],"body":..,"base64":b}}. Discovered through META-INF/services in test resources.
 */
public class FakeSource implements EventSource {
    @Override
    public String id() {
        return "fake";
    }

    @Override
    public int priority() {
        return 5;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.has("fake");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        Headers.Builder h = Headers.builder();
        event.stringLists("headers").forEach(h::addAll);
        QueryParams.Builder q = QueryParams.builder();
        event.stringLists("query").forEach(q::addAll);
        return SourceRequest.builder(id())
                .method(event.string("method"))
                .path(event.string("path"))
                .headers(h.build())
                .queryParams(q.build())
                .body(event.string("body"), event.bool("base64"))
                .requestId(event.string("requestId"))
                .event(() -> Map.copyOf(event.asMap()))
                .build();
    }

    @Override
    public void encode(WireResponse r, SourceRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("status", r.status());
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> e : r.headers().asMap().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("cookies");
        for (String c : r.cookies()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("body", r.body());
        g.writeBooleanField("base64", r.base64Encoded());
        g.writeEndObject();
    }
}
