package dev.portico.testing.arch.samples.acyclic.sub;

/** Depends on nothing of its parent. */
public class Below {
    /** @return a value */
    public int value() {
        return 1;
    }
}
