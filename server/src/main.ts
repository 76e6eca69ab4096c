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
  let server;
  try {
    server = await startEnlace(config, logger);
  } catch (error) {
    if (error instanceof EmbeddedDatabaseError) {
      logger.fatal(error.message);
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err: error }, 'Enlace could not start');
    process.exit(1);
  }
  const running = server;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A closed terminal: stop as cleanly, so the embedded PostgreSQL is not left running.
  process.on('SIGHUP', () => shutdown('SIGHUP'));
}

void main();
