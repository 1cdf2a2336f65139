package dev.portico.feature.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.portico.feature.openapi.internal.JType;
import dev.portico.feature.openapi.internal.Shape;
import dev.portico.feature.openapi.internal.Shapes;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Types of typed routes are resolved without jackson-databind ({@link JType}); they must resolve as
 * databind's {@code TypeFactory} resolved them before: class, canonical name, element and value types.
 */
class JTypeTest {

    public static class Tags extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
    }

    public static class Scores extends HashMap<String, List<Integer>> {
        private static final long serialVersionUID = 1L;
    }

    public interface Box<T> extends Collection<T> {
    }

    public record Page<T>(List<T> items, T first, Optional<T> maybe, Map<String, T> byId, T[] array, int total) {
    }

    public record Bounded<N extends Number>(N value, List<? extends N> values) {
    }

    @SuppressWarnings({"unused", "rawtypes"})
    private static final class Uses {
        List<String> a;
        List b;
        Map<String, Integer> c;
        SortedMap<String, List<Long>> d;
        Set<Todo> e;
        String[] f;
        List<String>[] g;
        Tags h;
        Scores i;
        Box<Double> j;
        List<? extends Number> k;
        List<?> l;
        Page<Todo> m;
        Optional<List<Todo>> n;
        int o;
        Map<String, Map<String, List<Integer>>> p;
        Bounded<Integer> q;
    }

    @Test
    void resolvesAsDatabindDid() throws Exception {
        TypeFactory tf = TypeFactory.defaultInstance();
        for (java.lang.reflect.Field f : Uses.class.getDeclaredFields()) {
            Type t = f.getGenericType();
            same(tf.constructType(t), JType.of(t), f.getName());
        }
        for (Method m : Page.class.getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
                // Components of a Page<Todo>: T resolved to Todo.
                JavaType page = tf.constructType(Uses.class.getDeclaredField("m").getGenericType());
                JavaType expected = tf.resolveMemberType(m.getGenericReturnType(), page.getBindings());
                Shape s = new Shapes().of(Uses.class.getDeclaredField("m").getGenericType());
                JType actual = s.def().properties().stream().filter(p -> p.name().equals(m.getName())).findFirst()
                        .map(p -> p.shape().type()).orElse(null);
                if (actual != null && !m.getName().equals("maybe")) {
                    same(expected, actual, "Page." + m.getName());
                }
            }
        }
    }

    private static void same(JavaType expected, JType actual, String what) {
        assertEquals(expected.getRawClass(), actual.raw(), what);
        assertEquals(expected.toCanonical(), actual.toCanonical(), what);
        if (expected.isContainerType() && expected.getContentType() != null) {
            JType content = expected.isMapLikeType() ? actual.valueType() : actual.elementType();
            assertEquals(expected.getContentType().toCanonical(), content.toCanonical(), what + " content");
        }
    }
}
