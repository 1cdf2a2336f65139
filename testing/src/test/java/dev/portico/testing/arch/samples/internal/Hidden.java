package dev.portico.testing.arch.samples.internal;

/** Stands for a class in one of Portico's internal packages. */
public class Hidden {
    /** @return a value */
    public static int value() {
        return 1;
    }
}
