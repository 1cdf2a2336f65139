package dev.portico.feature.openapi.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties Jackson sees on a class that is not a record (a bean), from jackson-databind's
 * introspection: the only part of shape building that loads jackson-databind, and only when a typed
 * route uses such a class.
 */
final class BeanProperties {
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * A property.
     *
     * @param name its JSON name
     * @param type its type, resolved
     * @param sources its field, getter and setter, where annotations are looked for
     */
    record Found(String name, JType type, AnnotatedElement[] sources) {
    }

    /**
     * @param t a class that is not a record
     * @return its properties, in Jackson's order
     */
    List<Found> of(JType t) {
        BeanDescription bean = mapper.getSerializationConfig().introspect(javaType(mapper.getTypeFactory(), t));
        List<Found> out = new ArrayList<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            List<AnnotatedElement> sources = new ArrayList<>();
            for (AnnotatedMember m : new AnnotatedMember[] {p.getField(), p.getGetter(), p.getSetter()}) {
                if (m != null && m.getAnnotated() != null) {
                    sources.add(m.getAnnotated());
                }
            }
            out.add(new Found(p.getName(), jType(p.getPrimaryType()), sources.toArray(new AnnotatedElement[0])));
        }
        return out;
    }

    private static JavaType javaType(TypeFactory types, JType t) {
        if (t.args().isEmpty() || t.raw().isArray()) {
            return types.constructType(t.raw());
        }
        JavaType[] args = new JavaType[t.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = javaType(types, t.args().get(i));
        }
        return types.constructParametricType(t.raw(), args);
    }

    private static JType jType(JavaType t) {
        if (t.isArrayType()) {
            return JType.array(jType(t.getContentType()));
        }
        JType[] args = new JType[t.containedTypeCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = jType(t.containedType(i));
        }
        return JType.of(t.getRawClass(), args);
    }
}
