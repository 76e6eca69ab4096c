// The HTTP load of pnpm bench:referrals, run in a worker thread: the server under test runs on the main
// thread of the same process, and a load generator sharing its event loop would be measured as server time.
// Requests leave at a fixed rate (one every 1000/rate ms, never in bursts) with at most `connections` in
// flight, each client with its own session cookie; latency counts from each request's scheduled start.
import { parentPort, workerData } from 'node:worker_threads';
import { fixedRate, warmUp } from './fixed-rate.mjs';

// `bodies`: the JSON request bodies, sent in turn (e.g. the detail of several referrals); cookies may be empty
// strings (a server without sessions: PostGraphile).
const { url, cookies, bodies, rate, seconds, warmupRequests, connections, acceptEncoding } = workerData;
let next = 0;
const freeClients = cookies.map((_cookie, index) => index);

async function request() {
  const client = freeClients.pop();
  try {
    const body = bodies[next];
    next = (next + 1) % bodies.length;
    const headers = { 'content-type': 'application/json', 'accept-encoding': acceptEncoding };
    if (cookies[client]) headers.cookie = cookies[client];
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
    const answer = await response.json();
    if (!response.ok || answer.errors) throw new Error(`HTTP ${response.status}`);
  } finally {
    freeClients.push(client);
  }
}

// First, unmeasured, as many requests as fast as they are answered (16 at a time): V8 compiles the server's
// code as it runs, and it took about 1,500 inbox requests before a fresh process answered as fast as it then
// keeps answering (a server runs for days; the bench must not measure the compiler).
await warmUp({ requests: warmupRequests, connections, work: request });
parentPort.postMessage(await fixedRate({ rate, seconds, connections, work: request }));
