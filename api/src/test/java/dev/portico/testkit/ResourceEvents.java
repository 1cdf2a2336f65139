package dev.portico.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Authored events from the calling module's test resources, named by their resource path
 * ({@code /dev/portico/source/alb/alb-get.json}), and encoding to a JSON tree.
 */
public final class ResourceEvents {
    /** A plain mapper for comparing trees. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ResourceEvents() {
    }

    /**
     * @param resource a resource path: absolute ({@code /dev/portico/...}) or, as with
     *     {@link Class#getResource}, relative to the package of the calling class
     * @return the resource as UTF-8 text
     * @throws IllegalArgumentException when there is no such resource
     */
    public static String text(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1)
                : callerPackage().replace('.', '/') + "/" + resource;
        Path file = Path.of("src/test/resources", path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no test resource " + resource + " (looked for " + file.toAbsolutePath() + ")");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param resource a resource path, as for {@link #text}
     * @return the resource read as an event
     */
    public static EventJson json(String resource) {
        return parse(text(resource));
    }

    private static String callerPackage() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> c != ResourceEvents.class).findFirst().orElseThrow().getPackageName());
    }

    /**
     * @param json an event's JSON object
     * @return it read as an event
     */
    public static EventJson parse(String json) {
        return SourceIo.event(json);
    }

    /**
     * @param source the source
     * @param response the response
     * @param request the request it answers
     * @return what the source writes, as a tree
     * @throws IOException when writing fails
     */
    public static JsonNode encode(EventSource source, WireResponse response, SourceRequest request) throws IOException {
        return MAPPER.readTree(NamedEvents.encode(source, response, request));
    }

    /**
     * @param json JSON text
     * @return its tree
     * @throws IOException when it is not JSON
     */
    public static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * @param json JSON text
     * @return its tree
     * @throws UncheckedIOException when it is not JSON
     */
    public static JsonNode parseTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
