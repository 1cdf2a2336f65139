package dev.portico.core.archsample;

/** Stands for a class in a package of dev.portico.core that the core does not export. */
public class Hidden {
    /** @return a value */
    public static int value() {
        return 1;
    }
}
