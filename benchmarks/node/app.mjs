// The benchmark API on Powertools for AWS Lambda (TypeScript) event handler: the same routes and the
// same JSON as the Java variants (GET /todos, GET /todos/:id, POST /todos answering 201 with its body).
import { Router } from '@aws-lambda-powertools/event-handler/http';

const app = new Router();

app.get('/todos', async () => [
  { id: '1', title: 'Todo 1', done: false },
  { id: '2', title: 'Todo 2', done: true },
]);

app.get('/todos/:id', async ({ params: { id } }) => ({ id, title: `Todo ${id}`, done: false }));

// The body read into the record's shape, as the Java variants bind it (request.body(Todo.class)).
app.post('/todos', async ({ req }) => {
  const body = await req.json();
  const todo = { id: String(body.id), title: String(body.title), done: Boolean(body.done) };
  return new Response(JSON.stringify(todo), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  });
});

export const handler = async (event, context) => app.resolve(event, context);
