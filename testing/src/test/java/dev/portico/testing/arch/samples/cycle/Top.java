package dev.portico.testing.arch.samples.cycle;

import dev.portico.testing.arch.samples.cycle.sub.Below;

/** Depends on a sub-package that depends back on this one. */
public class Top {
    /** @return a value */
    public int value() {
        return new Below().value() + 1;
    }
}
