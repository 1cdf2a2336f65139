package dev.portico.testing.arch.samples.cycle.sub;

import dev.portico.testing.arch.samples.cycle.Top;

/** Closes the cycle with its parent package. */
public class Below {
    /** @return a value */
    public int value() {
        return 1;
    }

    /** @return the class above */
    public Top top() {
        return new Top();
    }
}
