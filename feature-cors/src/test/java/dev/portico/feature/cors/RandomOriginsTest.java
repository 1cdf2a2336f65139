package dev.portico.feature.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestRequest;
import dev.portico.testing.TestResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of origins close to the allowed ones (other case, scheme, port, suffix, prefix, padding,
 * control characters, lists, {@code null}, {@code *}) and random ones, on ordinary requests and
 * pre-flights, in random event formats: {@code Access-Control-Allow-Origin} appears only for an
 * allowed origin, exactly as sent, and {@code Access-Control-Allow-Credentials} only with it.
 * {@code -Dportico.fuzz.cases} and {@code -Dportico.fuzz.seed} change the count and the seed.
 */
class RandomOriginsTest {
    static final String WWW = "https://www.example.com";
    static final String DEV = "https://dev.example.com";
    static final Set<String> ALLOWED = Set.of(WWW, DEV);

    @Test
    void onlyAllowedOriginsAreEverEchoed() {
        var b = Resolver.builder().debug(false)
                .configure(CorsConfig.builder().allowOrigin(WWW).extraOrigins(DEV).allowCredentials(true).build());
        b.get("/todos", r -> "todos");
        b.post("/todos", r -> "created");
        Resolver app = b.build();
        long seed = Long.getLong("portico.fuzz.seed", 20_240_611L);
        int cases = Integer.getInteger("portico.fuzz.cases", 2000);
        int echoed = 0;
        for (int i = 0; i < cases; i++) {
            Random r = new Random(seed * 31 + i);
            String origin = origin(r);
            PorticoClient client = PorticoClient.of(app).format(EventFormat.values()[r.nextInt(EventFormat.values().length)]);
            TestRequest request = r.nextBoolean() ? client.get("/todos")
                    : client.options("/todos").header("Access-Control-Request-Method", "POST");
            request.header("Origin", origin);
            TestResponse response = request.send();
            String where = "case " + i + " of seed " + seed + ", origin '" + origin + "': " + response.raw();
            String allowOrigin = response.header("Access-Control-Allow-Origin");
            if (ALLOWED.contains(origin)) {
                echoed++;
                assertEquals(origin, allowOrigin, where);
                assertEquals("true", response.header("Access-Control-Allow-Credentials"), where);
                assertTrue(response.headers("Vary").contains("Origin"), where);
            } else {
                assertNull(allowOrigin, where);
                assertNull(response.header("Access-Control-Allow-Credentials"), where);
            }
            assertEquals(allowOrigin == null ? 0 : 1, response.headers("Access-Control-Allow-Origin").size(), where);
        }
        assertTrue(echoed > cases / 20 && echoed < cases / 2, "allowed origins among the cases: " + echoed);
    }

    /** An origin: often a near miss of an allowed one, sometimes an allowed one, sometimes random text. */
    private static String origin(Random r) {
        String base = r.nextBoolean() ? WWW : DEV;
        return switch (r.nextInt(16)) {
            case 0, 1 -> base;
            case 2 -> base.toUpperCase(Locale.ROOT);
            case 3 -> base + "/";
            case 4 -> base + ":443";
            case 5 -> base.replace("https", "http");
            case 6 -> base + ".evil.com";
            case 7 -> "https://evil" + base.substring("https://".length());
            case 8 -> " " + base;
            case 9 -> base + "\r\nX-Injected: 1";
            case 10 -> base + ", https://evil.com";
            case 11 -> r.nextBoolean() ? "null" : "*";
            case 12 -> base.substring(0, 1 + r.nextInt(base.length() - 1));
            case 13 -> base.replace('e', '\u0435'); // Cyrillic e
            default -> random(r);
        };
    }

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(30); i > 0; i--) {
            sb.append((char) (r.nextInt(10) == 0 ? r.nextInt(0x3000) : 32 + r.nextInt(95)));
        }
        return sb.toString();
    }

    @Test
    void aWildcardOriginWithCredentialsCannotBeConfigured() {
        for (List<String> extra : List.of(List.<String>of(), List.of(WWW))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CorsConfig.builder()
                    .allowOrigin(CorsConfig.ANY_ORIGIN).extraOrigins(extra).allowCredentials(true).build());
            assertTrue(e.getMessage().contains("wildcard"), e.getMessage());
        }
    }
}
