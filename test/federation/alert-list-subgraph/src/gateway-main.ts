import { startGateway } from './gateway';

// node dist/gateway-main.js with ENLACE_URL, ALERT_LIST_URL, GATEWAY_TOKEN and optionally PORT, HOST.
async function main() {
  const gatewayToken = process.env.GATEWAY_TOKEN;
  if (!gatewayToken || gatewayToken.length < 32) throw new Error('Set GATEWAY_TOKEN (at least 32 characters)');
  const gateway = await startGateway({
    subgraphUrls: {
      enlace: process.env.ENLACE_URL ?? 'http://127.0.0.1:4000/graphql',
      alerts: process.env.ALERT_LIST_URL ?? 'http://127.0.0.1:4002/graphql',
    },
    gatewayToken,
    port: Number(process.env.PORT ?? 4001),
    host: process.env.HOST ?? '127.0.0.1',
  });
  process.stdout.write(`gateway at ${gateway.url}\n`);
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
