package dev.portico.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.5: any throwable from user code (handler, middleware, exception handler, serializer,
 * not-found handler), except a VirtualMachineError other than StackOverflowError, is the standard 500,
 * logged once; nothing escapes {@code handleRequest}.
 */
class UserErrorsTest {
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A record the custom serializer refuses. */
    record Deep(int n) {
    }

    private static Throwable error(String kind) {
        return switch (kind) {
            case "assertion" -> new AssertionError("assertion");
            case "stackoverflow" -> new StackOverflowError();
            case "error" -> new Error("plain error");
            case "checked-like" -> new LinkageError("linkage");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static void sneaky(Throwable t) {
        UserErrorsTest.<RuntimeException>throwAs(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwAs(Throwable t) throws T {
        throw (T) t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"assertion", "stackoverflow", "error", "checked-like"})
    void everyPlaceUserCodeRunsAnswersTheStandard500LoggedOnce(String kind) {
        Map<String, Consumer<Resolver.Builder>> places = Map.of(
                "/handler", b -> b.get("/handler", r -> {
                    sneaky(error(kind));
                    return "x";
                }),
                "/middleware", b -> b.get("/middleware", r -> "x").middleware((r, next) -> {
                    sneaky(error(kind));
                    return next.handle(r);
                }),
                "/exception-handler", b -> b.get("/exception-handler", r -> {
                    throw new Boom();
                }),
                "/serializer", b -> b.get("/serializer", r -> new Deep(1)),
                "/missing", b -> b.notFound(r -> {
                    sneaky(error(kind));
                    return "x";
                }));
        for (var place : places.entrySet()) {
            var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false)
                    .serializer(v -> {
                        if (v instanceof Deep) {
                            sneaky(error(kind));
                        }
                        try {
                            return Fake.M.writeValueAsString(v);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .exceptionHandler(Boom.class, (e, r) -> {
                        sneaky(error(kind));
                        return Response.ok("never");
                    });
            place.getValue().accept(b);
            Resolver app = b.build();
            List<LogRecord> records = capture(() -> {
                JsonNode r = Fake.req("GET", place.getKey()).send(app);
                assertEquals(500, r.get("status").asInt(), place.getKey() + " " + r);
                assertEquals("{\"statusCode\":500,\"message\":\"Internal Server Error\"}", r.get("body").asText(),
                        place.getKey());
            });
            assertEquals(1, records.size(), place.getKey() + " logged " + records.size() + " times");
            assertEquals(Level.SEVERE, records.get(0).getLevel());
            assertInstanceOf(error(kind).getClass(), records.get(0).getThrown(), place.getKey());
        }
    }

    @Test
    void outOfMemoryStillEscapes() {
        var b = Resolver.builder().discover(false).register(new FakeSource()).debug(false);
        b.get("/oom", r -> {
            throw new OutOfMemoryError("test");
        });
        Resolver app = b.build();
        assertThrows(OutOfMemoryError.class, () -> Fake.req("GET", "/oom").send(app));
    }

    private static List<LogRecord> capture(Runnable run) {
        List<LogRecord> records = new ArrayList<>();
        Handler h = new java.util.logging.StreamHandler() {
            @Override
            public synchronized void publish(LogRecord r) {
                records.add(r);
            }
        };
        h.setLevel(Level.WARNING);
        Logger logger = Logger.getLogger("dev.portico");
        logger.addHandler(h);
        try {
            run.run();
        } finally {
            logger.removeHandler(h);
        }
        return records;
    }
}
