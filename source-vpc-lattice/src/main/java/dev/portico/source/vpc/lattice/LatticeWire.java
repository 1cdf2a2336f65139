package dev.portico.source.vpc.lattice;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What both VPC Lattice versions share: path and query handling, client IP, and the response shape. */
final class LatticeWire {

    private LatticeWire() {
    }

    /**
     * Sets the path and query parameters. A {@code ?} in the path ends it; the query string after it is
     * used only when the event has no query parameter object (values are then percent-decoded).
     */
    static SourceRequest.Builder pathAndQuery(SourceRequest.Builder b, String path, QueryParams params) {
        int q = path == null ? -1 : path.indexOf('?');
        if (q < 0) {
            return b.path(path).queryParams(params);
        }
        return b.path(path.substring(0, q)).queryParams(params.isEmpty() ? Urls.parseQuery(path.substring(q + 1)) : params);
    }

    /**
     * @param headers the request headers
     * @return the first address of {@code X-Forwarded-For}, trimmed, or {@code null}
     */
    static String firstForwardedFor(Headers headers) {
        String v = headers.first("x-forwarded-for");
        if (v == null) {
            return null;
        }
        int comma = v.indexOf(',');
        String ip = (comma < 0 ? v : v.substring(0, comma)).trim();
        return ip.isEmpty() ? null : ip;
    }

    /**
     * Writes {@code {"statusCode":N,"statusDescription":"N Reason","headers":{...},"body":"...",
     * "isBase64Encoded":b}}: header values joined with {@code ", "}, the last cookie as
     * {@code Set-Cookie}.
     */
    static void write(WireResponse response, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("statusCode", response.status());
        out.writeStringField("statusDescription", response.statusLine());
        out.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            List<String> values = e.getValue();
            out.writeStringField(e.getKey(), values.size() == 1 ? values.get(0) : String.join(", ", values));
        }
        List<String> cookies = response.cookies();
        if (!cookies.isEmpty()) {
            if (cookies.size() > 1) {
                Warnings.cookiesDropped(cookies.size());
            }
            out.writeStringField("Set-Cookie", cookies.get(cookies.size() - 1));
        }
        out.writeEndObject();
        out.writeStringField("body", response.body());
        out.writeBooleanField("isBase64Encoded", response.base64Encoded());
        out.writeEndObject();
    }

    /** Loads the logger only when there is something to say. */
    private static final class Warnings {
        private static final System.Logger LOG = System.getLogger(VpcLatticeSource.class.getPackageName());

        static void cookiesDropped(int count) {
            LOG.log(System.Logger.Level.WARNING, "The response sets {0} cookies but a VPC Lattice response "
                    + "carries one Set-Cookie header: only the last cookie is sent.", count);
        }
    }
}
