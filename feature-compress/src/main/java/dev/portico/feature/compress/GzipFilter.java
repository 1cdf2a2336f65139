package dev.portico.feature.compress;

import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.api.spi.ResponseFilter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses final responses. Runs last among the built-in filters (weight 900), so it compresses
 * the body every other filter left, and only touches responses that ask for it:
 * {@link Response#compress()} when set, else the route's {@link RouteOption#COMPRESS}.
 *
 * <p>A response that asks, has a non-empty body and no {@code Content-Encoding} yet gets
 * {@code Vary: Accept-Encoding} (its form depends on that header). It is compressed when the client
 * accepts gzip and the serialized body has at least the configured number of bytes: the body
 * becomes the gzip bytes (so it is sent base64-encoded), {@code Content-Encoding: gzip} is set and
 * the content type is kept.
 */
final class GzipFilter implements ResponseFilter {
    static final String CONTENT_ENCODING = "Content-Encoding";
    static final String ACCEPT_ENCODING = "Accept-Encoding";

    private final UnaryOperator<Response> render;
    private final int minimumBytes;

    /**
     * @param render serializes a body the way the application does
     * @param minimumBytes the smallest body compressed
     */
    GzipFilter(UnaryOperator<Response> render, int minimumBytes) {
        this.render = render;
        this.minimumBytes = minimumBytes;
    }

    @Override
    public Response filter(Request request, Response response) {
        Object body = response.body();
        if (!wanted(request.route(), response) || body == null || response.headers().contains(CONTENT_ENCODING)
                || body instanceof String s && s.isEmpty() || body instanceof byte[] bytes && bytes.length == 0) {
            return response;
        }
        Response.Builder b = response.toBuilder();
        if (AcceptEncoding.allowsGzip(request.headers().all(ACCEPT_ENCODING))) {
            Response rendered = render.apply(response);
            byte[] bytes = (byte[]) rendered.body();
            if (bytes.length > 0 && bytes.length >= minimumBytes) {
                b = rendered.toBuilder().body(gzip(bytes)).setHeader(CONTENT_ENCODING, "gzip");
            }
        }
        return b.vary(ACCEPT_ENCODING).build();
    }

    private static boolean wanted(Route route, Response response) {
        Boolean flag = response.compress();
        if (flag != null) {
            return flag;
        }
        return route != null && Boolean.TRUE.equals(route.option(RouteOption.COMPRESS));
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 2));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
