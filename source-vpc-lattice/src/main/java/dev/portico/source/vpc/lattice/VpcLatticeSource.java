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
import java.util.Map;

/**
 * VPC Lattice events in the version 1 structure: id {@code vpc-lattice}, priority 60. The typed event
 * is {@link VpcLatticeEvent}.
 *
 * <p><b>Detection.</b> An event is a version 1 Lattice event when {@code raw_path} and {@code method}
 * are both JSON strings (no other AWS HTTP event has these snake_case keys).
 *
 * <p><b>Decoding.</b> Method from {@code method}, path from {@code raw_path}, body from {@code body} and
 * {@code is_base64_encoded}. Headers are single-valued: VPC Lattice joins a repeated header with commas,
 * and that joined text is kept as one value. Query parameters come from {@code query_string_parameters}
 * and are used as they are, <em>not</em> percent-decoded: VPC Lattice hands them over decoded (as
 * API Gateway does; Powertools does not decode them either), and decoding again would corrupt values
 * holding {@code %} or {@code +}. Should {@code raw_path} hold a {@code ?}, the path ends there and, only
 * when there is no {@code query_string_parameters} object, the query string after it is parsed and
 * percent-decoded. The event has no request id (the core uses the Lambda request id); the client IP is
 * the first entry of the {@code X-Forwarded-For} header when there is one, else {@code null}.
 *
 * <p><b>Encoding.</b> {@code {"statusCode":200,"statusDescription":"200 OK","headers":{"Name":"v1, v2"},
 * "body":"...","isBase64Encoded":false}}, the response shape VPC Lattice documents for Lambda targets.
 * Its headers are single strings, so a header with several values is joined with {@code ", "}.
 * Cookies cannot be joined that way (an {@code Expires} date holds a comma) and Lattice has no cookies
 * field, so one cookie is sent as {@code headers["Set-Cookie"]} and, when there are several, only the
 * <em>last</em> one is (a warning is logged). Powertools for Python writes a {@code cookies} array for
 * Lattice too; that field is not part of the documented Lattice response, so it is not written here.
 *
 * <p><b>Local server.</b> {@link #writeEvent} writes a request as a version 1 event: header values
 * joined with {@code ", "}, cookies in the {@code Cookie} header, an {@code X-Forwarded-For} header with
 * the client IP when the request has none, query parameters in {@code query_string_parameters} (or,
 * when a name repeats, as a query string in {@code raw_path}, which {@link #decode} also reads), an
 * empty body as {@code ""}. {@link #readResponse} reads the response shape above back, the
 * {@code Set-Cookie} header as the cookie.
 */
public final class VpcLatticeSource implements EventSource {

    /** This source's {@link #id()}. */
    public static final String ID = "vpc-lattice";

    /** Creates the source (stateless; one instance can serve every request). */
    public VpcLatticeSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 60 */
    @Override
    public int priority() {
        return 60;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return event.get("raw_path") instanceof String && event.get("method") instanceof String;
    }

    @Override
    public SourceRequest decode(EventJson event) {
        Headers headers = headers(event.strings("headers"));
        SourceRequest.Builder b = SourceRequest.builder(ID)
                .method(HttpMethod.require(event.string("method"), "VPC Lattice event", "method"))
                .headers(headers)
                .body(event.string("body"), event.bool("is_base64_encoded"))
                .sourceIp(LatticeWire.firstForwardedFor(headers))
                .event(new TypedEvent(event));
        return LatticeWire.pathAndQuery(b, event.string("raw_path"), query(event.strings("query_string_parameters")))
                .build();
    }

    private static Headers headers(Map<String, String> map) {
        if (map.isEmpty()) {
            return Headers.empty();
        }
        Headers.Builder b = Headers.builder();
        for (Map.Entry<String, String> e : map.entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    private static QueryParams query(Map<String, String> map) {
        if (map.isEmpty()) {
            return QueryParams.empty();
        }
        QueryParams.Builder b = QueryParams.builder();
        for (Map.Entry<String, String> e : map.entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        LatticeWire.write(response, out);
    }

    /**
     * Writes a request as a version 1 event; see the class description.
     *
     * @param request the request
     * @param out where the event object is written
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        LatticeEventWriter.writeV1(request, out);
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
     * Supplies the typed event ({@link VpcLatticeEvent#from}), built on first call only: a class rather than a lambda, whose first use would
     * spin a class at run time (cold start).
     */
    private static final class TypedEvent implements java.util.function.Supplier<VpcLatticeEvent> {
        private final EventJson event;

        TypedEvent(EventJson event) {
            this.event = event;
        }

        @Override
        public VpcLatticeEvent get() {
            return VpcLatticeEvent.from(event);
        }
    }
}
