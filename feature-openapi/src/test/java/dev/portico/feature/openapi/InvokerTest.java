package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** {@link Invoker#warm()} builds the JDK's accessor of a route's method and never calls the method. */
class InvokerTest {

    /** Counts its calls. */
    public static final class Api {
        int calls;

        public String twice(String s, int n) {
            calls++;
            return s.repeat(n);
        }

        public String none() {
            calls++;
            return "none";
        }

        public static String fixed() {
            throw new AssertionError("a static method must not run when warmed");
        }
    }

    @Test
    void warmingCallsNoMethodAndTheCallsAfterItWork() throws Exception {
        Api api = new Api();
        Invoker twice = new Invoker.Reflective(Api.class.getMethod("twice", String.class, int.class), api);
        Invoker none = new Invoker.Reflective(Api.class.getMethod("none"), api);
        Method fixed = Api.class.getMethod("fixed");
        Invoker statik = new Invoker.Reflective(fixed, null);
        for (int i = 0; i < 3; i++) {
            twice.warm();
            none.warm();
            statik.warm();
        }
        assertEquals(0, api.calls);
        assertEquals("abab", twice.call(new Object[] {"ab", 2}));
        assertEquals("none", none.call(new Object[0]));
        assertEquals(2, api.calls);
        assertThrows(AssertionError.class, () -> statik.call(new Object[0]));
    }

    @Test
    void theOtherInvokersHaveNothingToWarm() throws Exception {
        Invoker constant = new Invoker.Constant("x");
        constant.warm();
        assertEquals("x", constant.call(new Object[] {1}));
    }
}
