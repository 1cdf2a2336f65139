/**
 * The todo example: a CRUD API on an in-memory store with typed validation, CORS, compression,
 * OpenAPI and Swagger UI, served by {@link dev.portico.examples.todo.TodoHandler} on Lambda and by
 * {@link dev.portico.examples.todo.Main} over HTTP.
 */
package dev.portico.examples.todo;
