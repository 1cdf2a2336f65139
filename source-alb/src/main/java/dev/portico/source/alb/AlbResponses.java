package dev.portico.source.alb;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ALB response shape, shared by the JSON encoder and the typed response event. */
final class AlbResponses {
    static final String SET_COOKIE = "Set-Cookie";

    private AlbResponses() {
    }

    static void write(WireResponse response, boolean multi, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("statusCode", response.status());
        out.writeStringField("statusDescription", response.statusLine());
        if (multi) {
            out.writeObjectFieldStart("multiValueHeaders");
            for (Map.Entry<String, List<String>> e : multiHeaders(response).entrySet()) {
                out.writeArrayFieldStart(e.getKey());
                for (String v : e.getValue()) {
                    out.writeString(v);
                }
                out.writeEndArray();
            }
        } else {
            out.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> e : singleHeaders(response).entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
        }
        out.writeEndObject();
        out.writeStringField("body", response.body());
        out.writeBooleanField("isBase64Encoded", response.base64Encoded());
        out.writeEndObject();
    }

    /** @return every header value, then one {@code Set-Cookie} entry per cookie */
    static Map<String, List<String>> multiHeaders(WireResponse response) {
        Map<String, List<String>> out = new LinkedHashMap<>(response.headers().asMap());
        if (!response.cookies().isEmpty()) {
            List<String> existing = out.get(SET_COOKIE);
            if (existing == null) {
                out.put(SET_COOKIE, response.cookies());
            } else {
                List<String> all = new ArrayList<>(existing);
                all.addAll(response.cookies());
                out.put(SET_COOKIE, all);
            }
        }
        return out;
    }

    /** @return each header once, values joined with {@code ", "}; the last cookie as {@code Set-Cookie} */
    static Map<String, String> singleHeaders(WireResponse response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : response.headers().asMap().entrySet()) {
            List<String> values = e.getValue();
            out.put(e.getKey(), values.size() == 1 ? values.get(0) : String.join(", ", values));
        }
        List<String> cookies = response.cookies();
        if (!cookies.isEmpty()) {
            if (cookies.size() > 1) {
                Warnings.cookiesDropped(cookies.size());
            }
            out.put(SET_COOKIE, cookies.get(cookies.size() - 1));
        }
        return out;
    }

    /** Loads the logger only when there is something to say. */
    private static final class Warnings {
        private static final System.Logger LOG = System.getLogger(AlbSource.class.getName());

        static void cookiesDropped(int count) {
            LOG.log(System.Logger.Level.WARNING, "The response sets {0} cookies but this ALB target group "
                    + "does not use multi-value headers: only the last cookie is sent. Enable multi-value "
                    + "headers on the target group to send them all.", count);
        }
    }
}
