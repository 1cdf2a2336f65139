package dev.portico.source.archsample.bad;

import dev.portico.core.archsample.Hidden;

/** A source that reaches into the core. */
public class UsesCoreInternals {
    /** @return a value */
    public int value() {
        return Hidden.value();
    }
}
