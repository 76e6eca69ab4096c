import { startAlertList } from './alert-list.server';

// node dist/main.js with ALERT_LIST_DATABASE_URL, ALERT_LIST_GATEWAY_TOKEN and optionally PORT, HOST.
async function main() {
  const databaseUrl = process.env.ALERT_LIST_DATABASE_URL;
  const gatewayToken = process.env.ALERT_LIST_GATEWAY_TOKEN;
  if (!databaseUrl || !gatewayToken || gatewayToken.length < 32)
    throw new Error('Set ALERT_LIST_DATABASE_URL and ALERT_LIST_GATEWAY_TOKEN (at least 32 characters)');
  const list = await startAlertList({
    databaseUrl,
    gatewayToken,
    port: Number(process.env.PORT ?? 4002),
    host: process.env.HOST ?? '127.0.0.1',
  });
  process.stdout.write(`alert list subgraph at ${list.url}\n`);
  const stop = () => void list.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
