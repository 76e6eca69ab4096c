import 'reflect-metadata';
import { startEnlace } from './app';
import { ConfigError, loadConfig } from './platform/config/config';
import { EmbeddedDatabaseError } from './platform/database/embedded-postgres';
import { createLogger } from './platform/logging/logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let running: Awaited<ReturnType<typeof startEnlace>> | undefined;
  let stopping = false;
  const stop = (server: NonNullable<typeof running>) =>
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  // Listening before the start: a Ctrl+C while the database starts or migrates waits for the start to finish,
  // then stops everything in order, rather than killing the process with PostgreSQL still running.
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    if (running) void stop(running);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A closed terminal: stop as cleanly, so the embedded PostgreSQL is not left running.
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  try {
    running = await startEnlace(config, logger);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseError) {
      logger.fatal(error.message);
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'Enlace could not start');
    process.exit(1);
  }
  if (stopping) void stop(running);
}

void main();
