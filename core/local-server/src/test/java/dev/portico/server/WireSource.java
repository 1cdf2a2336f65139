package dev.portico.server;

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
 * A test event format that carries everything: {@code {"wire":1,"method","path","headers":{n:[v]},
 * "query":{n:[v]},"body","base64","requestId","sourceIp"}}; responses {@code {"status","headers":{n:[v]},
 * "cookies":[..],"body","base64"}}. Counts the events it decodes.
 */
final class WireSource implements EventSource {
    final java.util.concurrent.atomic.AtomicInteger decoded = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String id() {
        return "wire";
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.has("wire");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        decoded.incrementAndGet();
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
                .sourceIp(event.string("sourceIp"))
                .build();
    }

    @Override
    public void encode(WireResponse r, SourceRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("status", r.status());
        writeMulti(g, "headers", r.headers().asMap());
        g.writeArrayFieldStart("cookies");
        for (String c : r.cookies()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("body", r.body());
        g.writeBooleanField("base64", r.base64Encoded());
        g.writeEndObject();
    }

    @Override
    public void writeEvent(SourceRequest r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("wire", 1);
        g.writeStringField("method", r.method());
        g.writeStringField("path", r.path());
        writeMulti(g, "headers", r.headers().asMap());
        writeMulti(g, "query", r.queryParams().asMap());
        g.writeStringField("body", r.body());
        g.writeBooleanField("base64", r.base64Encoded());
        g.writeStringField("requestId", r.requestId());
        g.writeStringField("sourceIp", r.sourceIp());
        g.writeEndObject();
    }

    @Override
    public WireResponse readResponse(EventJson response) {
        Headers.Builder h = Headers.builder();
        response.stringLists("headers").forEach(h::addAll);
        return new WireResponse(Integer.parseInt(response.string("status")), h.build(),
                response.stringList("cookies"), response.string("body"), response.bool("base64"));
    }

    private static void writeMulti(JsonGenerator g, String name, Map<String, List<String>> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
