package dev.portico.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DebugSwitchTest {

    @Test
    void environmentValuesReadLikePowertools() {
        for (String on : new String[] {"1", "true", "TRUE", " yes ", "y", "on", "t"}) {
            assertTrue(Assembly.truthy(on), on);
        }
        for (String off : new String[] {null, "", "0", "false", "no", "off", "maybe"}) {
            assertFalse(Assembly.truthy(off), String.valueOf(off));
        }
    }
}
