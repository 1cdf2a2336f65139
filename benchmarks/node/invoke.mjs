// Cold-start launcher for the Node variant, the counterpart of the Java ColdStartLauncher: loads the
// handler module as the Lambda runtime does, answers one event, and prints the same BENCH line.
// Usage: node --expose-gc invoke.mjs <app.mjs> <event.json>
const entered = process.hrtime.bigint();
import { readFileSync } from 'node:fs';

const event = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const context = {
  functionName: 'bench', functionVersion: '$LATEST', awsRequestId: 'bench-request',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bench', memoryLimitInMB: '512',
  logGroupName: '/aws/lambda/bench', logStreamName: 'bench', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 30000,
};
const { handler } = await import(`./${process.argv[2]}`);
const initialized = process.hrtime.bigint();
const response = JSON.stringify(await handler(event, context));
const responded = process.hrtime.bigint();
const cpu = process.cpuUsage();
const cpuNanos = BigInt(cpu.user + cpu.system) * 1000n;
if (global.gc) global.gc();
const heap = process.memoryUsage().heapUsed;
process.stdout.write(`BENCH entered=${entered} initialized=${initialized} responded=${responded} cpu=${cpuNanos} heap=${heap} classes=-1\n`);
process.stdout.write(`RESPONSE ${response}\n`);
