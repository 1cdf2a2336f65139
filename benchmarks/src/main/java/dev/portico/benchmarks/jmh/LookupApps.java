package dev.portico.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.Resolver;

/**
 * Applications for the route-lookup benchmark, and the request that hits their last-declared route.
 *
 * <ul>
 *   <li>{@code static}: {@code /api/s<i>/items};
 *   <li>{@code param}: {@code /api/p<i>/{id}/items/{item}};
 *   <li>{@code mixed}: per resource {@code /api/m<k>}, {@code /api/m<k>/search},
 *       {@code /api/m<k>/{id}}, {@code /api/m<k>/{id}/items} (static and parameter siblings).
 * </ul>
 */
public final class LookupApps {

    /** The source id the requests carry; the source itself never sees an event. */
    static final String SOURCE = "bench";

    private LookupApps() {
    }

    /**
     * @param shape {@code static}, {@code param} or {@code mixed}
     * @param routes how many routes
     * @return the application; every handler answers the text {@code ok}
     */
    public static Resolver app(String shape, int routes) {
        Resolver.Builder app = Resolver.builder().discover(false).register(new NoSource());
        for (int i = 0; i < routes; i++) {
            app.get(path(shape, i), request -> "ok");
        }
        return app.build();
    }

    /**
     * @param shape the shape
     * @param routes how many routes the application has
     * @return a request for the last route declared (for {@code mixed}, the last
     *     {@code /api/m<k>/{id}/items}), which a linear scan would reach last
     */
    public static SourceRequest request(String shape, int routes) {
        int last = routes - 1;
        if ("mixed".equals(shape)) {
            last = last - last % 4 + 3;
            if (last >= routes) {
                last -= 4;
            }
        }
        String template = path(shape, last);
        String path = template.replace("{id}", "42").replace("{item}", "7");
        return SourceRequest.builder(SOURCE).method("GET").path(path).build();
    }

    static String path(String shape, int i) {
        switch (shape) {
            case "static":
                return "/api/s" + i + "/items";
            case "param":
                return "/api/p" + i + "/{id}/items/{item}";
            case "mixed":
                String base = "/api/m" + (i / 4);
                return switch (i % 4) {
                    case 0 -> base;
                    case 1 -> base + "/search";
                    case 2 -> base + "/{id}";
                    default -> base + "/{id}/items";
                };
            default:
                throw new IllegalArgumentException("Unknown shape " + shape);
        }
    }

    /** A source that recognizes nothing: requests reach the resolver already decoded. */
    static final class NoSource implements EventSource {
        @Override
        public String id() {
            return SOURCE;
        }

        @Override
        public boolean recognizes(EventJson event) {
            return false;
        }

        @Override
        public SourceRequest decode(EventJson event) {
            throw new UnsupportedOperationException("The lookup benchmark dispatches decoded requests");
        }

        @Override
        public void encode(WireResponse response, SourceRequest request, JsonGenerator out) {
            throw new UnsupportedOperationException("The lookup benchmark does not encode");
        }
    }
}
