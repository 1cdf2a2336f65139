package dev.portico.feature.openapi;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls a typed route's method, found once by {@link Scanner}: with {@code Method.invoke} when this
 * module may call it (a public method of an exported package, or one it could make accessible),
 * which spins no method-handle classes at start-up and, on Java 17, costs the same per call at C1 once
 * the JDK has generated its accessor; otherwise through a method handle of the caller's lookup.
 * Nothing is looked up per call.
 */
abstract class Invoker {

    /**
     * @param args the arguments
     * @return the method's result
     * @throws Exception what the method throws, unwrapped
     */
    abstract Object call(Object[] args) throws Exception;

    /**
     * Prepares the call without making it, for {@code prime()}: nothing by default.
     */
    void warm() {
    }

    /** Through the {@code Method}. */
    static final class Reflective extends Invoker {
        private final Method method;
        private final Object target;

        /**
         * @param method callable from this module
         * @param target its object, {@code null} when static
         */
        Reflective(Method method, Object target) {
            this.method = method;
            this.target = target;
        }

        /**
         * Makes the JDK build the method's accessor without calling the method: one argument too
         * many fails the JDK's argument count check, made after the accessor is built and before any
         * call. On Java 18 and later the accessor is a method handle whose classes are spun then, on
         * the first real request otherwise; on Java 17 this does nothing measurable.
         */
        @Override
        void warm() {
            try {
                method.invoke(target, new Object[method.getParameterCount() + 1]);
            } catch (IllegalArgumentException | IllegalAccessException expected) {
                // the argument count check: the method did not run
            } catch (java.lang.reflect.InvocationTargetException impossible) {
                throw new IllegalStateException("the JDK called " + method + " with a wrong argument count", impossible);
            }
        }

        @Override
        Object call(Object[] args) throws Exception {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                if (t instanceof Exception x) {
                    throw x;
                } else if (t instanceof Error x) {
                    throw x;
                }
                throw new IllegalStateException(t);
            }
        }
    }

    /** Through a method handle bound to its object, of type {@code (Object[])Object}. */
    static final class Handle extends Invoker {
        private final MethodHandle handle;

        Handle(MethodHandle handle) {
            this.handle = handle;
        }

        @Override
        Object call(Object[] args) throws Exception {
            try {
                return (Object) handle.invokeExact(args);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** The stand-in {@code prime()} runs instead of the method: the same value for every call, no method runs. */
    static final class Constant extends Invoker {
        private final Object value;

        /** @param value what every call returns */
        Constant(Object value) {
            this.value = value;
        }

        @Override
        Object call(Object[] args) {
            return value;
        }
    }
}
