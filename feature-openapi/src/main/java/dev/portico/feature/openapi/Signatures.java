package dev.portico.feature.openapi;

import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.ApiResponses;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Query;
import dev.portico.feature.openapi.internal.BodyReader;
import dev.portico.feature.openapi.internal.Shape;
import dev.portico.feature.openapi.internal.Shapes;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Signature} of a route method from its parameters, annotations and return type. */
final class Signatures {
    private final Shapes shapes = new Shapes();

    Signature of(Method m, Scanner.Verb verb, String where) {
        List<String> pathNames = PathTemplates.names(verb.path());
        List<Binder> binders = new ArrayList<>();
        int wholeBodies = 0;
        int embedded = 0;
        for (Parameter p : m.getParameters()) {
            if (p.getType() == Request.class) {
                binders.add((request, body, problems) -> request);
                continue;
            }
            Binder b = binder(p, pathNames);
            if (b instanceof BodyBinder body) {
                wholeBodies += body.key() == null ? 1 : 0;
                embedded += body.key() == null ? 0 : 1;
            }
            binders.add(b);
        }
        if (wholeBodies > 1 || (wholeBodies == 1 && embedded > 0)) {
            throw new IllegalArgumentException("only one parameter can take the whole body; mark each with "
                    + "@Body(value = \"key\", embed = true) to read several keys of it");
        }
        Operation op = m.getAnnotation(Operation.class);
        String description = op == null ? "Successful Response" : op.responseDescription();
        return new Signature(where, m.getName(), binders, result(m, verb), description);
    }

    private Binder binder(Parameter p, List<String> pathNames) {
        AnnotatedElement[] sources = {p, p.getAnnotatedType()};
        Type type = p.getParameterizedType();
        boolean optional = p.getType() == Optional.class;
        Path path = p.getAnnotation(Path.class);
        Query query = p.getAnnotation(Query.class);
        Header header = p.getAnnotation(Header.class);
        Body body = p.getAnnotation(Body.class);
        int count = (path != null ? 1 : 0) + (query != null ? 1 : 0) + (header != null ? 1 : 0) + (body != null ? 1 : 0);
        if (count != 1) {
            throw new IllegalArgumentException("parameter " + p.getName() + " of type " + p.getType().getSimpleName()
                    + " needs exactly one of @Path, @Query, @Header or @Body (or be a Request)");
        }
        Shape shape = shape(type, sources, p);
        if (path != null) {
            if (!pathNames.contains(path.value())) {
                throw new IllegalArgumentException("@Path(\"" + path.value() + "\") is not a parameter of the route "
                        + "path; its parameters are " + pathNames);
            }
            return new ParamBinder(ParamBinder.In.PATH, path.value(), shape, optional, null,
                    new ParamBinder.ParamDoc(text(path.description()), text(path.example()), path.deprecated(), null,
                            text(path.title()), List.of(path.examples()), path.includeInSchema()));
        }
        if (query != null) {
            String def = Query.NO_DEFAULT.equals(query.defaultValue()) ? null : query.defaultValue();
            return new ParamBinder(ParamBinder.In.QUERY, query.value(), shape, optional, def,
                    new ParamBinder.ParamDoc(text(query.description()), text(query.example()), query.deprecated(), def,
                            text(query.title()), List.of(query.examples()), query.includeInSchema()));
        }
        if (header != null) {
            String def = Header.NO_DEFAULT.equals(header.defaultValue()) ? null : header.defaultValue();
            return new ParamBinder(ParamBinder.In.HEADER, header.value(), shape, optional, def,
                    new ParamBinder.ParamDoc(text(header.description()), text(header.example()), header.deprecated(),
                            def, text(header.title()), List.of(header.examples()), header.includeInSchema()));
        }
        if (body.embed() && body.value().isEmpty()) {
            throw new IllegalArgumentException("@Body(embed = true) needs the key to read: @Body(value = \"key\", "
                    + "embed = true)");
        }
        return new BodyBinder(body.embed() ? body.value() : null, shape,
                new BodyReader(type, shape.type().raw()), optional, text(body.description()));
    }

    private Shape shape(Type type, AnnotatedElement[] sources, Parameter p) {
        try {
            return shapes.of(type, sources);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + p.getName() + ": " + e.getMessage(), e);
        }
    }

    private ResultWriter result(Method m, Scanner.Verb verb) {
        Class<?> raw = m.getReturnType();
        if (Response.class.isAssignableFrom(raw)) {
            return new ResultWriter(ResultWriter.Mode.RESPONSE, null, null, verb.status(), verb.contentType());
        }
        Type declared = m.getGenericReturnType();
        for (ApiResponse r : AnnotationDocs.byType(m, ApiResponse.class, ApiResponses.class, new ApiResponse[0])) {
            if (r.status() == verb.status() && r.type() != void.class) {
                declared = r.type();
                raw = r.type();
            }
        }
        if (raw == void.class || raw == Void.class) {
            return new ResultWriter(ResultWriter.Mode.VOID, null, null, verb.status(), verb.contentType());
        }
        Shape shape;
        try {
            shape = shapes.of(declared, m, m.getAnnotatedReturnType());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("return type: " + e.getMessage(), e);
        }
        return new ResultWriter(ResultWriter.Mode.VALUE, shape, new BodyReader(declared, shape.type().raw()),
                verb.status(), verb.contentType());
    }

    private static String text(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
