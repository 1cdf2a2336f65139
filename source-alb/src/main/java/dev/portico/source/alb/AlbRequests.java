package dev.portico.source.alb;

import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.QueryParams;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.Urls;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds a {@link SourceRequest} from the parts of an ALB event, JSON or typed alike. */
final class AlbRequests {
    private static final String WHAT = "query parameter";

    private AlbRequests() {
    }

    /**
     * @param multi the mode, kept as the attachment
     * @param headers single-value headers, or {@code null}
     * @param multiHeaders multi-value headers, or {@code null}
     * @param query single-value query parameters (still encoded), or {@code null}
     * @param multiQuery multi-value query parameters (still encoded), or {@code null}
     * @param event supplies the typed event
     * @throws BadRequestError when the method is missing or invalid, or a query name or value is malformed
     */
    static SourceRequest build(boolean multi, String method, String path,
            Map<String, String> headers, Map<String, List<String>> multiHeaders,
            Map<String, String> query, Map<String, List<String>> multiQuery,
            String body, boolean base64, Supplier<?> event) {
        Headers h = headers(headers, multiHeaders);
        return SourceRequest.builder(AlbSource.ID)
                .method(HttpMethod.require(method, "ALB event", "httpMethod"))
                .path(path)
                .headers(h)
                .queryParams(query(query, multiQuery))
                .body(body, base64)
                .sourceIp(firstForwardedFor(h))
                .event(event)
                .attachment(multi ? Boolean.TRUE : Boolean.FALSE)
                .build();
    }

    private static Headers headers(Map<String, String> single, Map<String, List<String>> multi) {
        if ((single == null || single.isEmpty()) && (multi == null || multi.isEmpty())) {
            return Headers.empty();
        }
        Headers.Builder b = Headers.builder();
        if (multi != null) {
            for (Map.Entry<String, List<String>> e : multi.entrySet()) {
                b.addAll(e.getKey(), e.getValue());
            }
        }
        if (single != null) {
            for (Map.Entry<String, String> e : single.entrySet()) {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static QueryParams query(Map<String, String> single, Map<String, List<String>> multi) {
        if ((single == null || single.isEmpty()) && (multi == null || multi.isEmpty())) {
            return QueryParams.empty();
        }
        QueryParams.Builder b = QueryParams.builder();
        if (multi != null) {
            for (Map.Entry<String, List<String>> e : multi.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                String name = Urls.decodeQueryComponent(e.getKey(), WHAT);
                for (String value : e.getValue()) {
                    b.add(name, Urls.decodeQueryComponent(value, WHAT));
                }
            }
        }
        if (single != null) {
            for (Map.Entry<String, String> e : single.entrySet()) {
                b.add(Urls.decodeQueryComponent(e.getKey(), WHAT), Urls.decodeQueryComponent(e.getValue(), WHAT));
            }
        }
        return b.build();
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
}
