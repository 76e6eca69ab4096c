import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Recipients refused with 550 at RCPT TO while this returns true. */
  refuses: (address: string) => boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (the smtp-server package) on a fixed local port, so it can be down when the app first
 * tries and come back later on the same address. It keeps what it receives and refuses chosen recipients.
 */
export async function testSmtpServer(
  options: { refuses?: (address: string) => boolean } = {},
): Promise<TestSmtpServer> {
  const port = await freePort();
  let server: SMTPServer | undefined;
  const state: TestSmtpServer = {
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    refuses: options.refuses ?? (() => false),
    start: async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo: (address, _session, callback) => {
          if (!state.refuses(address.address)) return callback();
          const refusal = new Error('No such mailbox') as Error & { responseCode: number };
          refusal.responseCode = 550;
          callback(refusal);
        },
        onData: (stream, session, callback) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            state.received.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            callback();
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    stop: async () => {
      const running = server;
      server = undefined;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
  return state;
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
