package dev.portico.testing.hardening;

import java.util.Random;

/**
 * Settings of the property-based tests: how many cases each property runs and from which seed. Both
 * are fixed for CI and can be raised on demand:
 *
 * <pre>
 * mvn -o -pl testing test -Dtest='*Fuzz*' -Dportico.fuzz.cases=200000 -Dportico.fuzz.seed=42
 * mvn -o -pl testing test -Dtest='*Fuzz*' -Dportico.fuzz.events=1000000
 * </pre>
 *
 * <p>Each case draws from its own {@link Random}, seeded from the property's name, the case index and
 * the run's seed, so a failure names the seed and the case, and the same seed replays it exactly.
 */
final class Fuzz {
    /** The seed CI runs with. */
    static final long DEFAULT_SEED = 20_240_611L;

    private Fuzz() {
    }

    /** @return the run's seed: {@code -Dportico.fuzz.seed}, else {@link #DEFAULT_SEED} */
    static long seed() {
        return Long.getLong("portico.fuzz.seed", DEFAULT_SEED);
    }

    /**
     * @param ciDefault how many cases the property runs in CI
     * @return {@code -Dportico.fuzz.events} (the long run's name for it) or {@code -Dportico.fuzz.cases}
     *     when set, else {@code ciDefault}
     */
    static int cases(int ciDefault) {
        Integer n = Integer.getInteger("portico.fuzz.events", Integer.getInteger("portico.fuzz.cases"));
        return n == null ? ciDefault : n;
    }

    /**
     * @param property the property's name
     * @param index the case index
     * @return the generator of that case, the same for the same seed
     */
    static Gen gen(String property, int index) {
        long s = seed() * 0x9E3779B97F4A7C15L + property.hashCode() * 0xC2B2AE3D27D4EB4FL + index;
        return new Gen(new Random(s ^ (s >>> 29)));
    }

    /**
     * @param property the property's name
     * @param index the failing case
     * @param input what the case sent
     * @return a failure message that says how to replay the case
     */
    static String where(String property, int index, String input) {
        String shown = input.length() > 2000 ? input.substring(0, 2000) + "...(" + input.length() + " chars)" : input;
        return property + ", case " + index + " of seed " + seed() + " (replay with -Dportico.fuzz.seed=" + seed()
                + "); input: " + shown;
    }
}
