package com.example.porticosamples.app;

import dev.portico.testing.arch.samples.internal.Hidden;

/** Application code that uses a Portico internal class. */
public class UsesInternal {
    /** @return a value */
    public int run() {
        return Hidden.value();
    }
}
