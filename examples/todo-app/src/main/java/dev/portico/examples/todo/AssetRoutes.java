package dev.portico.examples.todo;

import dev.portico.api.Response;
import dev.portico.api.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Static assets: {@code GET /logo}, the API's logo as an SVG image, a binary (base64) response. */
public final class AssetRoutes {
    private static final String LOGO = "logo.svg";

    private AssetRoutes() {
    }

    /** @return the routes */
    public static Router router() {
        byte[] logo = read(LOGO);
        Router router = new Router();
        router.get("/logo", request -> Response.builder()
                .contentType("image/svg+xml")
                .header("Cache-Control", "public, max-age=86400")
                .body(logo)
                .build()).compress().summary("The API's logo (SVG)");
        return router;
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
