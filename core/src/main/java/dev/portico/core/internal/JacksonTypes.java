package dev.portico.core.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Whether a class is the JDK's or carries Jackson annotations (then the mapper reads and writes it).
 * Apart from {@link JrTypes} so that {@link DirectWriter}, writing a GET's record, loads none of the
 * type tables jackson-jr's reading needs.
 */
final class JacksonTypes {
    private JacksonTypes() {
    }

    static boolean isJdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.")
                || n.startsWith("com.sun.");
    }

    private static final ClassValue<Boolean> ANNOTATED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return annotatedUncached(type);
        }
    };

    /**
     * @param c a record, bean or enum class
     * @return whether it, a superclass, or one of their fields, methods, constructors or record
     *     components carries a Jackson annotation (the mapper then reads and writes it)
     */
    static boolean annotated(Class<?> c) {
        return ANNOTATED.get(c);
    }

    private static boolean annotatedUncached(Class<?> type) {
        for (Class<?> k = type; k != null && k != Object.class && k != Record.class && k != Enum.class;
                k = k.getSuperclass()) {
            if (jacksonAnnotated(k.getAnnotations())) {
                return true;
            }
            for (Field f : k.getDeclaredFields()) {
                if (jacksonAnnotated(f.getAnnotations())) {
                    return true;
                }
            }
            for (Method m : k.getDeclaredMethods()) {
                if (jacksonAnnotated(m.getAnnotations())) {
                    return true;
                }
            }
            for (Constructor<?> ctor : k.getDeclaredConstructors()) {
                if (jacksonAnnotated(ctor.getAnnotations())) {
                    return true;
                }
                for (Annotation[] ps : ctor.getParameterAnnotations()) {
                    if (jacksonAnnotated(ps)) {
                        return true;
                    }
                }
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (jacksonAnnotated(c.getAnnotations())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean jacksonAnnotated(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
