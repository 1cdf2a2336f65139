package dev.portico.feature.openapi;

import dev.portico.api.Router;
import dev.portico.api.RouteSpec;
import dev.portico.feature.openapi.annotations.Delete;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Patch;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Put;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the annotated methods of an API object once and declares a typed route for each: the
 * only place reflection is used.
 */
final class Scanner {
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private Scanner() {
    }

    /** The HTTP method and path of a route method. */
    record Verb(String method, String path, int status, String contentType) {
    }

    static Router scan(Object api, MethodHandles.Lookup lookup) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(lookup, "lookup");
        Class<?> type = api.getClass();
        List<Method> methods = routeMethods(type);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("No method of " + type.getName()
                    + " has @Get, @Post, @Put, @Patch or @Delete");
        }
        Signatures signatures = new Signatures();
        Router router = new Router();
        for (Method m : methods) {
            String where = type.getSimpleName() + "." + m.getName();
            Verb verb = verb(m);
            try {
                Signature sig = signatures.of(m, verb, where);
                RouteSpec spec = router.route(verb.method(), verb.path(), invoker(sig, m, api, lookup));
                spec.option(Options.SIGNATURE, sig);
                operation(m, spec);
                OperationDoc doc = AnnotationDocs.read(m);
                if (doc != null) {
                    spec.option(OperationDoc.OPTION, doc);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return router;
    }

    private static List<Method> routeMethods(Class<?> type) {
        List<Method> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isBridge() || m.isSynthetic()) {
                    continue;
                }
                String key = m.getName() + java.util.Arrays.toString(m.getParameterTypes());
                if (seen.add(key) && verb(m) != null) {
                    out.add(m);
                }
            }
        }
        out.sort(new ByPathThenMethod());
        return out;
    }

    /** Route methods by path, then HTTP method. A class: comparator combinators load lambdas at start-up. */
    private static final class ByPathThenMethod implements Comparator<Method> {
        @Override
        public int compare(Method a, Method b) {
            Verb x = verb(a);
            Verb y = verb(b);
            int byPath = x.path().compareTo(y.path());
            return byPath != 0 ? byPath : Integer.compare(METHOD_ORDER.indexOf(x.method()), METHOD_ORDER.indexOf(y.method()));
        }
    }

    static Verb verb(Method m) {
        List<Verb> found = new ArrayList<>(1);
        Get get = m.getAnnotation(Get.class);
        if (get != null) {
            found.add(new Verb("GET", get.value(), get.status(), get.contentType()));
        }
        Post post = m.getAnnotation(Post.class);
        if (post != null) {
            found.add(new Verb("POST", post.value(), post.status(), post.contentType()));
        }
        Put put = m.getAnnotation(Put.class);
        if (put != null) {
            found.add(new Verb("PUT", put.value(), put.status(), put.contentType()));
        }
        Patch patch = m.getAnnotation(Patch.class);
        if (patch != null) {
            found.add(new Verb("PATCH", patch.value(), patch.status(), patch.contentType()));
        }
        Delete delete = m.getAnnotation(Delete.class);
        if (delete != null) {
            found.add(new Verb("DELETE", delete.value(), delete.status(), delete.contentType()));
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException(m.getDeclaringClass().getSimpleName() + "." + m.getName()
                    + " has several HTTP method annotations; declare one route per method");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static void operation(Method m, RouteSpec spec) {
        Operation op = m.getAnnotation(Operation.class);
        if (op == null) {
            return;
        }
        if (!op.summary().isEmpty()) {
            spec.summary(op.summary());
        }
        if (!op.description().isEmpty()) {
            spec.description(op.description());
        }
        if (op.tags().length > 0) {
            spec.tags(op.tags());
        }
        if (!op.operationId().isEmpty()) {
            spec.operationId(op.operationId());
        }
        if (op.deprecated()) {
            spec.deprecated();
        }
        if (!op.includeInSchema()) {
            spec.includeInSchema(false);
        }
    }

    /**
     * The handler calling {@code m}: through {@code Method.invoke} when this module may call it (a
     * public method of an exported package, or one it may make accessible), which creates nothing at
     * start-up; otherwise through a method handle of the caller's lookup, as before.
     */
    private static TypedHandler invoker(Signature sig, Method m, Object api, MethodHandles.Lookup lookup) {
        Object target = Modifier.isStatic(m.getModifiers()) ? null : api;
        Class<?> owner = m.getDeclaringClass();
        boolean reflective = m.trySetAccessible() || (Modifier.isPublic(m.getModifiers())
                && Modifier.isPublic(owner.getModifiers()) && owner.getModule().isExported(owner.getPackageName()));
        if (reflective) {
            return new TypedHandler(sig, new Invoker.Reflective(m, target));
        }
        return new TypedHandler(sig, new Invoker.Handle(handle(m, api, lookup)));
    }

    private static MethodHandle handle(Method m, Object api, MethodHandles.Lookup lookup) {
        MethodHandle h;
        try {
            h = lookup.unreflect(m);
        } catch (IllegalAccessException e) {
            try {
                m.setAccessible(true);
                h = MethodHandles.lookup().unreflect(m);
            } catch (IllegalAccessException | RuntimeException denied) {
                throw new IllegalArgumentException("cannot call the method: make it and its class public in an "
                        + "exported package, open the package to dev.portico.feature.openapi, or pass "
                        + "MethodHandles.lookup() to OpenApi.routes(api, lookup)", denied);
            }
        }
        if (!Modifier.isStatic(m.getModifiers())) {
            h = h.bindTo(api);
        }
        return h.asSpreader(Object[].class, m.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }
}
