package dev.portico.examples.envelope;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Requests wrapped in a JSON envelope: id {@value #ID}, priority 150.
 *
 * <p><b>Detection.</b> {@code kind} is {@code "http-envelope"} and {@code request} is an object. No AWS
 * event has a {@code kind} key, so the check is exact and cheap; the priority above the built-in
 * sources (0 to 100) makes it the first one asked.
 *
 * <p><b>Decoding.</b> Method from {@code request.verb} (required: a 400 without it), path and query
 * string from {@code request.url} (the query percent-decoded, repeated names kept), headers from
 * {@code request.headers} (a value may be a string or a list of strings), body from
 * {@code request.body} and {@code request.base64}, request id from {@code request.id}, client IP from
 * {@code request.client}. Cookies are left to the core, which reads the {@code Cookie} header. The
 * typed event, an {@link EnvelopeRequest}, is built only when a handler asks for it.
 *
 * <p><b>Encoding.</b> {@code {"status":N,"headers":{"Name":["value",...]},"body":"...","base64":b,
 * "inReplyTo":"<request id>"}}: every header with all its values, cookies as {@code Set-Cookie} values,
 * {@code inReplyTo} only when the request had an id.
 *
 * <p><b>Inverses.</b> {@link #writeEvent} and {@link #readResponse} write a request as an envelope and
 * read a response back, for Portico's local HTTP server and test clients.
 */
public final class EnvelopeSource implements EventSource {

    /** This source's {@link #id()}. */
    public static final String ID = "http-envelope";

    /** The value of {@code kind} that marks an envelope. */
    public static final String KIND = "http-envelope";

    private static final String SET_COOKIE = "Set-Cookie";

    /** Creates the source; ServiceLoader needs this public no-argument constructor. */
    public EnvelopeSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 150: asked before the built-in sources, as its check is exact */
    @Override
    public int priority() {
        return 150;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return KIND.equals(event.string("kind")) && event.object("request") != null;
    }

    @Override
    public SourceRequest decode(EventJson event) {
        EventJson request = event.object("request");
        String verb = request.string("verb");
        if (verb == null || verb.isEmpty()) {
            throw new BadRequestError("The envelope has no request.verb");
        }
        String url = request.string("url");
        int q = url == null ? -1 : url.indexOf('?');
        return SourceRequest.builder(ID)
                .method(verb)
                .path(q < 0 ? url : url.substring(0, q))
                .queryParams(q < 0 ? QueryParams.empty() : Urls.parseQuery(url.substring(q + 1)))
                .headers(headers(request.stringLists("headers")))
                .body(request.string("body"), request.bool("base64"))
                .requestId(request.string("id"))
                .sourceIp(request.string("client"))
                .event(() -> EnvelopeRequest.from(request))
                .build();
    }

    /** A malformed envelope is still answered with its id, so the caller can match the 400 to it. */
    @Override
    public SourceRequest fallback(EventJson event) {
        EventJson request = event.object("request");
        return SourceRequest.builder(ID)
                .method("GET")
                .requestId(request == null ? null : request.string("id"))
                .build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("status", response.status());
        out.writeObjectFieldStart("headers");
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.headers().asMap().entrySet()) {
            if (SET_COOKIE.equalsIgnoreCase(header.getKey())) {
                cookies.addAll(header.getValue());
            } else {
                writeStrings(out, header.getKey(), header.getValue());
            }
        }
        cookies.addAll(response.cookies());
        if (!cookies.isEmpty()) {
            writeStrings(out, SET_COOKIE, cookies);
        }
        out.writeEndObject();
        out.writeStringField("body", response.body());
        out.writeBooleanField("base64", response.base64Encoded());
        if (request.requestId() != null) {
            out.writeStringField("inReplyTo", request.requestId());
        }
        out.writeEndObject();
    }

    /**
     * Optional: writes a request as an envelope, for Portico's local HTTP server and test clients.
     *
     * @param request the request
     * @param out where the envelope goes
     * @throws IOException when writing fails
     */
    @Override
    public void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        EnvelopeInverse.writeEvent(request, out);
    }

    /**
     * Optional: reads an envelope response back, for Portico's local HTTP server and test clients.
     *
     * @param response the response object
     * @return the response, {@code Set-Cookie} values as its cookies
     * @throws IllegalArgumentException when the object has no numeric {@code status}
     */
    @Override
    public WireResponse readResponse(EventJson response) {
        return EnvelopeInverse.readResponse(response);
    }

    private static Headers headers(Map<String, List<String>> map) {
        if (map.isEmpty()) {
            return Headers.empty();
        }
        Headers.Builder b = Headers.builder();
        map.forEach(b::addAll);
        return b.build();
    }

    private static void writeStrings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
