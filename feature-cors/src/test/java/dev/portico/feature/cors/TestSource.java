package dev.portico.feature.cors;

import dev.portico.testing.TinySource;

/** {@link TinySource}, with the requests this module's tests send. */
final class TestSource extends TinySource {

    /** An event being written, with an {@code Origin} shortcut. */
    static final class Call extends TinySource.Call {
        Call(String method, String path) {
            super(method, path);
        }

        @Override
        public Call header(String name, String... values) {
            super.header(name, values);
            return this;
        }

        Call origin(String origin) {
            return header("Origin", origin);
        }
    }

    public static Call get(String path) {
        return new Call("GET", path);
    }

    static Call options(String path) {
        return new Call("OPTIONS", path);
    }
}
