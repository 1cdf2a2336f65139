package dev.portico.feature.openapi;

import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swagger UI's files from the {@code org.webjars:swagger-ui} jar, when the application has it:
 * found through class loader resources under {@code META-INF/}, which the module system does not
 * encapsulate, read on first request and kept.
 */
final class WebjarAssets {
    private static final String POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-16x16.png", "image/png",
            "favicon-32x32.png", "image/png");
    private final ClassLoader loader;
    private final String base;
    private final Map<String, Response> cache = new ConcurrentHashMap<>();

    private WebjarAssets(ClassLoader loader, String version) {
        this.loader = loader;
        this.base = "META-INF/resources/webjars/swagger-ui/" + version + "/";
    }

    /** @return the assets, or {@code null} when the webjar is not on the class or module path */
    static WebjarAssets find() {
        for (ClassLoader l : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
            WebjarAssets.class.getClassLoader()}) {
            if (l == null) {
                continue;
            }
            try (InputStream in = l.getResourceAsStream(POM)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String v = p.getProperty("version");
                    if (v != null && l.getResource("META-INF/resources/webjars/swagger-ui/" + v
                            + "/swagger-ui-bundle.js") != null) {
                        return new WebjarAssets(l, v);
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * @param file a file name such as {@code swagger-ui.css}
     * @return the file, cacheable for a day
     * @throws NotFoundError for other names
     */
    Response serve(String file) {
        String type = file == null ? null : FILES.get(file);
        if (type == null) {
            throw new NotFoundError();
        }
        return cache.computeIfAbsent(file, f -> load(f, type));
    }

    private Response load(String file, String type) {
        try (InputStream in = loader.getResourceAsStream(base + file)) {
            if (in == null) {
                throw new NotFoundError();
            }
            byte[] bytes = in.readAllBytes();
            Object body = type.startsWith("text/") ? new String(bytes, StandardCharsets.UTF_8) : bytes;
            return Response.status(200).contentType(type).header("Cache-Control", "public, max-age=86400")
                    .body(body).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + base + file, e);
        }
    }
}
