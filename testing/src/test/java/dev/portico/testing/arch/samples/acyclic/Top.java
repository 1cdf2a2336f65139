package dev.portico.testing.arch.samples.acyclic;

import dev.portico.testing.arch.samples.acyclic.sub.Below;

/** Depends on a sub-package that does not depend back. */
public class Top {
    /** @return a value */
    public int value() {
        return new Below().value() + 1;
    }
}
