package dev.portico.source.payloadv2;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;

/**
 * The base of an event source whose events and responses are payload format 2.0: it answers the
 * id and priority it was given, encodes with {@link PayloadV2#encode}, writes events with
 * {@link PayloadV2#writeEvent} on its stand-in domain and reads responses with
 * {@link PayloadV2#readResponse}. Subclasses say which events they recognize and how they decode
 * them (usually {@link PayloadV2#decode} plus {@link PayloadV2Events#of} as the typed event).
 */
public abstract class PayloadV2Source implements EventSource {
    private final String id;
    private final int priority;
    private final String domain;

    /**
     * @param id the source's id
     * @param priority the source's detection priority
     * @param domain the {@code requestContext.domainName} of the events {@link #writeEvent} writes
     */
    protected PayloadV2Source(String id, int priority, String domain) {
        this.id = id;
        this.priority = priority;
        this.domain = domain;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int priority() {
        return priority;
    }

    @Override
    public final void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        PayloadV2.encode(response, out);
    }

    /**
     * Writes a request as a 2.0 event on this source's domain ({@link PayloadV2#writeEvent}: repeated
     * header and query values joined with commas, cookies in {@code cookies}).
     *
     * @param request the request
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public final void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        PayloadV2.writeEvent(request, domain, out);
    }

    /**
     * Reads a 2.0 response.
     *
     * @param response the response object
     * @return the response; {@code cookies} as its cookies
     * @throws IllegalArgumentException when there is no integer {@code statusCode}
     */
    @Override
    public final WireResponse readResponse(EventJson response) {
        return PayloadV2.readResponse(response);
    }

    @Override
    public final String toString() {
        return id;
    }
}
