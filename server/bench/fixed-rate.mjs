// A fixed-rate load loop (the GraphQL requests and the hand-written SQL alike): requests are scheduled at a
// constant rate, evenly spaced, and each latency is measured from its *scheduled* start, so a slow response
// delays no later measurement (no coordinated omission). At most `connections` requests are in flight.
export async function fixedRate({ rate, seconds, connections, work }) {
  if (rate === 0) return closedLoop({ seconds, connections, work });
  const latencies = [];
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now();
  let inFlight = 0;
  const waiting = [];
  let errors = 0;
  const slot = () => (inFlight < connections ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)));
  const runs = [];
  for (let i = 0; i < total; i += 1) {
    const scheduled = start + i * interval;
    const delay = scheduled - performance.now();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    await slot();
    inFlight += 1;
    runs.push(
      work()
        .catch(() => (errors += 1))
        .finally(() => {
          latencies.push(performance.now() - scheduled);
          inFlight -= 1;
          waiting.shift()?.();
        }),
    );
  }
  await Promise.all(runs);
  const elapsed = (performance.now() - start) / 1000;
  return summary(latencies, total / elapsed, errors);
}

export function summary(latencies, requestsPerSecond, errors = 0) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), requestsPerSecond, count: sorted.length, errors };
}

/** Runs `work` `requests` times, `connections` at a time, as fast as it completes; nothing is measured. */
export async function warmUp({ requests, connections, work }) {
  let left = requests;
  const loop = async () => {
    while (left > 0) {
      left -= 1;
      await work().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
}

/**
 * Rate 0: saturation. Each of the `connections` clients sends its next request as soon as the previous one is
 * answered, for `seconds`; latency from each request's actual start. Shows the most a server answers, and how
 * long 16 clients that never pause wait.
 */
async function closedLoop({ seconds, connections, work }) {
  const latencies = [];
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      await work().catch(() => (errors += 1));
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return summary(latencies, latencies.length / ((performance.now() - start) / 1000), errors);
}
