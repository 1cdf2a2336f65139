// The benchmark API on Powertools for AWS Lambda (TypeScript) event handler: the same three routes
// and the same JSON as the Java variants.
import { Router } from '@aws-lambda-powertools/event-handler/http';

const app = new Router();

app.get('/todos', async () => [
  { id: '1', title: 'Todo 1', done: false },
  { id: '2', title: 'Todo 2', done: true },
]);

app.get('/todos/:id', async ({ params: { id } }) => ({ id, title: `Todo ${id}`, done: false }));

app.post('/todos', async ({ req }) => {
  const body = await req.json();
  return new Response(JSON.stringify({ id: '3', title: String(body.title), done: false }), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  });
});

export const handler = async (event, context) => app.resolve(event, context);
