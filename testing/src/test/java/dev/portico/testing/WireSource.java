package dev.portico.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A bare-bones event source for one {@link EventFormat}, so this module can test its client without
 * depending on the real source modules (which test with this module). It decodes what the builders
 * write and encodes responses in the format's shape; it is not a reference implementation.
 */
final class WireSource implements EventSource {
    private final EventFormat format;

    WireSource(EventFormat format) {
        this.format = format;
    }

    /** @return one source per format, for detection */
    static List<WireSource> all() {
        return java.util.Arrays.stream(EventFormat.values()).map(WireSource::new).toList();
    }

    @Override
    public String id() {
        return "wire-" + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean recognizes(EventJson e) {
        EventJson ctx = e.object("requestContext");
        String domain = e.path("requestContext", "domainName");
        return switch (format) {
            case REST -> e.has("resource") && e.has("httpMethod");
            case HTTP_API -> e.has("rawPath") && domain != null && !domain.contains(".lambda-url.");
            case FUNCTION_URL -> e.has("rawPath") && domain != null && domain.contains(".lambda-url.");
            case ALB -> ctx != null && ctx.has("elb") && e.has("headers");
            case ALB_MULTI_VALUE -> ctx != null && ctx.has("elb") && e.has("multiValueHeaders");
            case VPC_LATTICE -> e.has("raw_path");
            case VPC_LATTICE_V2 -> ctx != null && ctx.has("serviceNetworkArn");
        };
    }

    @Override
    public SourceRequest decode(EventJson e) {
        Headers.Builder h = Headers.builder();
        QueryParams.Builder q = QueryParams.builder();
        SourceRequest.Builder b = SourceRequest.builder(id());
        switch (format) {
            case REST -> {
                e.stringLists("multiValueHeaders").forEach(h::addAll);
                e.stringLists("multiValueQueryStringParameters").forEach(q::addAll);
                b.method(e.string("httpMethod")).path(e.string("path")).requestId(e.path("requestContext", "requestId"))
                        .body(e.string("body"), e.bool("isBase64Encoded"));
            }
            case HTTP_API, FUNCTION_URL -> {
                e.strings("headers").forEach(h::add);
                Urls.parseQuery(e.string("rawQueryString")).asMap().forEach(q::addAll);
                b.method(e.path("requestContext", "http", "method")).path(e.string("rawPath"))
                        .requestId(e.path("requestContext", "requestId")).cookies(e.stringList("cookies"))
                        .body(e.string("body"), e.bool("isBase64Encoded"));
            }
            case ALB, ALB_MULTI_VALUE -> {
                boolean multi = format == EventFormat.ALB_MULTI_VALUE;
                if (multi) {
                    e.stringLists("multiValueHeaders").forEach(h::addAll);
                } else {
                    e.strings("headers").forEach(h::add);
                }
                Map<String, List<String>> query = multi ? e.stringLists("multiValueQueryStringParameters")
                        : e.stringLists("queryStringParameters");
                query.forEach((n, vs) -> vs.forEach(v -> q.add(Urls.decode(n, true), Urls.decode(v, true))));
                b.method(e.string("httpMethod")).path(e.string("path")).body(e.string("body"), e.bool("isBase64Encoded"));
            }
            case VPC_LATTICE -> {
                e.strings("headers").forEach(h::add);
                e.strings("query_string_parameters").forEach(q::add);
                b.method(e.string("method")).path(e.string("raw_path")).body(e.string("body"), e.bool("is_base64_encoded"));
            }
            case VPC_LATTICE_V2 -> {
                e.stringLists("headers").forEach(h::addAll);
                e.stringLists("queryStringParameters").forEach(q::addAll);
                b.method(e.string("method")).path(e.string("path")).body(e.string("body"), e.bool("isBase64Encoded"));
            }
            default -> throw new IllegalStateException();
        }
        return b.headers(h.build()).queryParams(q.build()).build();
    }

    @Override
    public void encode(WireResponse r, SourceRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("statusCode", r.status());
        switch (format) {
            case REST, ALB_MULTI_VALUE -> {
                Headers.Builder all = r.headers().toBuilder().addAll("Set-Cookie", r.cookies());
                writeLists(g, "multiValueHeaders", all.build());
            }
            case HTTP_API, FUNCTION_URL -> {
                writeJoined(g, r.headers());
                g.writeArrayFieldStart("cookies");
                for (String c : r.cookies()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
            case ALB, VPC_LATTICE, VPC_LATTICE_V2 -> {
                g.writeStringField("statusDescription", r.statusLine());
                Headers.Builder all = r.headers().toBuilder();
                if (!r.cookies().isEmpty()) {
                    all.add("Set-Cookie", r.cookies().get(r.cookies().size() - 1));
                }
                writeJoined(g, all.build());
            }
            default -> throw new IllegalStateException();
        }
        g.writeStringField("body", r.body());
        g.writeBooleanField("isBase64Encoded", r.base64Encoded());
        g.writeEndObject();
    }

    private static void writeLists(JsonGenerator g, String field, Headers headers) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> e : headers.asMap().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeJoined(JsonGenerator g, Headers headers) throws IOException {
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> e : headers.asMap().entrySet()) {
            g.writeStringField(e.getKey(), String.join(", ", e.getValue()));
        }
        g.writeEndObject();
    }
}
