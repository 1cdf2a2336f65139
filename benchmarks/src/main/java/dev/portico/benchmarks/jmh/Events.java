package dev.portico.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The benchmark events, read from the class path. */
public final class Events {

    private Events() {
    }

    /**
     * @param name a file under {@code events/}, such as {@code get-todo.json}
     * @return its bytes
     */
    public static byte[] load(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No event events/" + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
