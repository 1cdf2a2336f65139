package dev.portico.server;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.core.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks the server's event source and writes requests as its events. */
final class Events {
    /** The source the server uses when none is chosen and the application has it. */
    static final String DEFAULT_SOURCE = "apigw-rest";

    private Events() {
    }

    /**
     * Writes a request as an event of a source.
     *
     * @param source the source
     * @param request the request
     * @param out where the event JSON goes
     * @throws IOException when writing fails
     */
    static void write(EventSource source, SourceRequest request, OutputStream out) throws IOException {
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            source.writeEvent(request, g);
        }
    }

    /**
     * The source the server writes events for: the application's source with the chosen id, or by
     * default {@value #DEFAULT_SOURCE} when the application has it, else its first source. It must
     * write events, and the application must decode them with that same source.
     *
     * @param resolver the application
     * @param id the chosen id, or {@code null}
     * @return the source
     * @throws IllegalStateException with a message saying how to fix the choice
     */
    static EventSource choose(Resolver resolver, String id) {
        List<EventSource> sources = resolver.sources();
        List<String> ids = new ArrayList<>();
        for (EventSource s : sources) {
            ids.add(s.id());
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("The application has no event source; add a portico-source-* module "
                    + "(e.g. portico-source-apigw-rest) or register one");
        }
        String wanted = id != null ? id : ids.contains(DEFAULT_SOURCE) ? DEFAULT_SOURCE : ids.get(0);
        EventSource chosen = null;
        for (EventSource s : sources) {
            if (s.id().equals(wanted)) {
                chosen = s;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("The application has no event source '" + wanted + "' (it has "
                    + String.join(", ", ids) + "); add that source's module (portico-source-...) or register it, "
                    + "or pick one of these with source(id)");
        }
        probe(chosen, sources);
        return chosen;
    }

    /** Checks that the source writes events and that the application gives them to that source. */
    private static void probe(EventSource chosen, List<EventSource> sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object parsed;
        try {
            write(chosen, SourceRequest.builder(chosen.id()).method("GET").path("/").requestId("probe").build(), out);
            parsed = EventJson.parse(out.toByteArray());
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The local server cannot use the event source '" + chosen.id()
                    + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        EventJson event = EventJson.of((Map<String, Object>) parsed);
        for (EventSource s : sources) {
            if (s.recognizes(event)) {
                if (s != chosen) {
                    throw new IllegalStateException("The application would decode the '" + chosen.id()
                            + "' events of the local server with the '" + s.id() + "' source; choose '" + s.id()
                            + "' with source(id) or build the application with a fixed source");
                }
                return;
            }
        }
        throw new IllegalStateException("The event source '" + chosen.id() + "' does not recognize the events it "
                + "writes; the local server cannot use it");
    }
}
