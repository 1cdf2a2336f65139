// The typed, validated POST /todos on Powertools for AWS Lambda (TypeScript) event handler: its own
// validation middleware (route option `validation`, Standard Schema) with a zod schema, the same
// constraints as the Java variants (title 1 to 100 characters, priority an integer of at least 1);
// answers 201 with the validated body. Invalid bodies get Powertools' own 422 body (not Portico's).
import { Router } from '@aws-lambda-powertools/event-handler/http';
import { z } from 'zod';

const NewTodo = z.object({
  title: z.string().min(1).max(100),
  priority: z.number().int().min(1),
});

const app = new Router();

app.post('/todos', async (reqCtx) => {
  const { title, priority } = reqCtx.valid.req.body;
  return new Response(JSON.stringify({ title, priority }), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  });
}, { validation: { req: { body: NewTodo } } });

export const handler = async (event, context) => app.resolve(event, context);
