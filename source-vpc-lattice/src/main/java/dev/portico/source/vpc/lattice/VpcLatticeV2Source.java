package dev.portico.source.vpc.lattice;

import dev.portico.api.HttpMethod;
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
 * VPC Lattice events in the version 2 structure: id {@code vpc-lattice-v2}, priority 70. The typed
 * event is {@link VpcLatticeV2Event}.
 *
 * <p><b>Detection.</b> An event is a version 2 Lattice event when {@code version} is the string
 * {@code "2.0"}, {@code path} and {@code method} are strings, and there is no
 * {@code requestContext.http}. HTTP API v2 and Function URL events also say {@code "2.0"} but carry
 * {@code rawPath} and {@code requestContext.http} instead, so they are never taken.
 *
 * <p><b>Decoding.</b> Method from {@code method}, path from {@code path}, body from {@code body} and
 * {@code isBase64Encoded}. Header and query values may be lists or plain strings (both occur in sample
 * events); a string counts as one value. Query parameters come from {@code queryStringParameters}, or
 * from {@code query_string_parameters} when only that is present, and are used as they are, not
 * percent-decoded (see {@link VpcLatticeSource} for why, and for a {@code ?} inside the path). The event
 * has no request id (the core uses the Lambda request id) and no client address: the client IP is the
 * first entry of the {@code X-Forwarded-For} header when there is one, else {@code null}.
 *
 * <p><b>Encoding.</b> The same shape as {@link VpcLatticeSource}: {@code statusCode},
 * {@code statusDescription}, single-string {@code headers} (several values joined with {@code ", "}),
 * {@code body}, {@code isBase64Encoded}; one {@code Set-Cookie} header holding the last cookie when
 * there are several, and no {@code cookies} array (which Powertools for Python writes, but Lattice does
 * not document).
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as a version 2 event: header and query
 * values as lists, cookies in the {@code Cookie} header, an {@code X-Forwarded-For} header with the
 * client IP when the request has none, an empty body as {@code ""}, and a {@code requestContext} with
 * stand-in ARNs. {@link #readResponse} reads the response shape back, the {@code Set-Cookie} header as
 * the cookie.
 */
public final class VpcLatticeV2Source implements EventSource {

    /** This source's {@link #id()}. */
    public static final String ID = "vpc-lattice-v2";

    /** Creates the source (stateless; one instance can serve every request). */
    public VpcLatticeV2Source() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 70 */
    @Override
    public int priority() {
        return 70;
    }

    @Override
    public boolean recognizes(EventJson event) {
        if (!"2.0".equals(event.get("version")) || !(event.get("path") instanceof String)
                || !(event.get("method") instanceof String)) {
            return false;
        }
        EventJson context = event.object("requestContext");
        return context == null || !context.has("http");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        Headers headers = headers(event.stringLists("headers"));
        SourceRequest.Builder b = SourceRequest.builder(ID)
                .method(HttpMethod.require(event.string("method"), "VPC Lattice event", "method"))
                .headers(headers)
                .body(event.string("body"), event.bool("isBase64Encoded"))
                .sourceIp(LatticeWire.firstForwardedFor(headers))
                .event(new TypedEvent(event));
        return LatticeWire.pathAndQuery(b, event.string("path"), query(queryParameters(event))).build();
    }

    /** @return {@code queryStringParameters}, or {@code query_string_parameters} when only that is an object */
    static Map<String, List<String>> queryParameters(EventJson event) {
        return event.object("queryStringParameters") == null && event.object("query_string_parameters") != null
                ? event.stringLists("query_string_parameters")
                : event.stringLists("queryStringParameters");
    }

    private static Headers headers(Map<String, List<String>> map) {
        if (map.isEmpty()) {
            return Headers.empty();
        }
        Headers.Builder b = Headers.builder();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            b.addAll(e.getKey(), e.getValue());
        }
        return b.build();
    }

    private static QueryParams query(Map<String, List<String>> map) {
        if (map.isEmpty()) {
            return QueryParams.empty();
        }
        QueryParams.Builder b = QueryParams.builder();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            b.addAll(e.getKey(), e.getValue());
        }
        return b.build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        LatticeWire.write(response, out);
    }

    /**
     * Writes a request as a version 2 event; see the class description.
     *
     * @param request the request
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        LatticeEventWriter.writeV2(request, out);
    }

    /**
     * Reads a Lattice response.
     *
     * @param response the response object
     * @return the response; the {@code Set-Cookie} header as its cookie
     * @throws IllegalArgumentException when there is no integer {@code statusCode}
     */
    @Override
    public WireResponse readResponse(EventJson response) {
        return LatticeEventWriter.read(response);
    }

    /**
     * Supplies the typed event ({@link VpcLatticeV2Event#from}), built on first call only: a class rather than a lambda, whose first use would
     * spin a class at run time (cold start).
     */
    private static final class TypedEvent implements java.util.function.Supplier<VpcLatticeV2Event> {
        private final EventJson event;

        TypedEvent(EventJson event) {
            this.event = event;
        }

        @Override
        public VpcLatticeV2Event get() {
            return VpcLatticeV2Event.from(event);
        }
    }
}
