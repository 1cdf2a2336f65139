package dev.portico.benchmarks.portico;

import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Post;

/** The typed benchmark API (feature-openapi): one validated {@code POST /todos}, answered 201 with its body. */
public class TypedTodoApi {

    /** Created by the handlers. */
    public TypedTodoApi() {
    }

    /**
     * @param todo the validated body
     * @return it
     */
    @Post(value = "/todos", status = 201)
    public NewTodo create(@Body NewTodo todo) {
        return todo;
    }
}
