package dev.portico.examples.guide;

import dev.portico.api.ContentTypes;
import dev.portico.api.Cookie;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

/** Responses: what handler results become, {@link Response} for full control, cookies, binary bodies. */
public final class Responses {
    /** A small SVG image, read from the module's resources. */
    static final byte[] LOGO = resource("logo.svg");

    private Responses() {
    }

    /** @return one route per kind of handler result */
    public static ApiGatewayRestResolver results() {
        var app = ApiGatewayRestResolver.builder();
        // tag::results[]
        app.get("/text", request -> "Hello");                        // text/plain; charset=utf-8
        app.get("/map", request -> Map.of("message", "Hello"));      // JSON, application/json
        app.get("/record", request -> new Todo(1, "Buy milk", false)); // records, lists, POJOs: JSON too
        app.get("/bytes", request -> new byte[] {1, 2, 3});           // application/octet-stream, base64
        app.get("/nothing", request -> null);                         // 200 without body or Content-Type
        // end::results[]
        return app.build();
    }

    /** @return a route answering with status, content type, headers, a cookie and a body */
    public static ApiGatewayRestResolver fineGrained() {
        var app = ApiGatewayRestResolver.builder();
        // tag::fine-grained[]
        app.get("/todos", request -> Response.status(200)
                .contentType(ContentTypes.JSON)
                .header("X-Transaction-Id", request.requestId())
                .cookie(Cookie.of("session_id", "12345"))
                .body(Todos.SAMPLE)
                .build());
        // end::fine-grained[]
        // tag::json-text[]
        app.get("/cached", request -> Response.of(200, ContentTypes.JSON, "{\"cached\":true}"));
        // end::json-text[]
        return app.build();
    }

    /** @return routes answering JSON with null values, with and without a status of their own */
    public static ApiGatewayRestResolver json() {
        var app = ApiGatewayRestResolver.builder();
        // tag::json-nulls[]
        record Saved(int id, String note) { }                        // a record writes null components
        app.get("/saved", request -> new Saved(1, null));            // 200 {"id":1,"note":null}
        // end::json-nulls[]
        // tag::json-status[]
        app.post("/saved", request -> Response.status(201).json(new Saved(2, null)));
        app.get("/missing", request -> Response.status(404).json(Collections.singletonMap("id", null)));
        // end::json-status[]
        return app.build();
    }

    /** @return an application whose middleware adds a header and a cookie to every response */
    public static ApiGatewayRestResolver withHeader() {
        var app = ApiGatewayRestResolver.builder();
        // tag::with-header[]
        app.use((request, next) -> next.handle(request)
                .withHeader("X-Api-Version", "2")                     // replaces earlier values
                .withCookie(Cookie.of("seen", "1")));                 // adds a cookie
        app.get("/hello", request -> "Hello");
        // end::with-header[]
        return app.build();
    }

    /** @return a route setting cookies with attributes, for every event source */
    public static Resolver cookies() {
        var app = Resolver.builder();
        // tag::cookies[]
        app.post("/login", request -> Response.status(204)
                .cookie(Cookie.of("session_id", "12345")              // Secure by default, as in Powertools
                        .withPath("/")
                        .withHttpOnly(true)
                        .withSameSite(Cookie.SameSite.STRICT)
                        .withMaxAge(Duration.ofHours(1)))
                .cookie(Cookie.of("theme", "dark").withSecure(false))
                .build());
        // end::cookies[]
        return app.build();
    }

    /** @return a route answering with an image */
    public static ApiGatewayRestResolver binary() {
        var app = ApiGatewayRestResolver.builder();
        // tag::binary[]
        app.get("/logo", request -> Response.status(200).contentType("image/svg+xml").body(LOGO).build());
        // end::binary[]
        return app.build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Responses.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
