import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EnlaceConfig } from '../config/config';
import { enqueueJob } from '../jobs/enqueue';
import { JobError, type JobDefinition } from '../jobs/job';
import { MailStatus, OutboxMail } from './outbox-mail.entity';

/** One mail to one person. Modules write the text in the recipient's language before handing it over. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const MAIL_JOB = 'mail.send';

/**
 * Sends a mail for any module, later: writes it to `mail_outbox` and its delivery job in the caller's
 * transaction, so a mail exists exactly when the change that caused it commits, and no SMTP conversation
 * ever holds a transaction (or its row locks) open. One job per mail: a refused recipient delays nobody else.
 */
export async function enqueueMail(em: EntityManager, message: MailMessage): Promise<void> {
  const id = new OutboxMail().id;
  await em.insert(OutboxMail, {
    id,
    recipient: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    createdAt: new Date(),
    status: MailStatus.QUEUED,
    attempts: 0,
  });
  await enqueueJob(em, MAIL_JOB, { mailId: id });
}

/** Whether mails leave the portal (SMTP) or stay in `mail_outbox` for development and tests. */
export const mailTransportOf = (config: EnlaceConfig): 'smtp' | 'outbox' => (config.mail.smtpUrl ? 'smtp' : 'outbox');

const transporters = new WeakMap<EnlaceConfig['mail'], Transporter>();

function transporterFor(mail: EnlaceConfig['mail']): Transporter {
  let transporter = transporters.get(mail);
  if (!transporter) {
    // Short timeouts: a hanging server fails the attempt, and the job's back-off decides when to try again.
    transporter = nodemailer.createTransport({
      url: mail.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transporters.set(mail, transporter);
  }
  return transporter;
}

/**
 * What went wrong, as a code without personal data: the SMTP reply code when the server answered (a 5xx is
 * final: the address or the message is refused), otherwise nodemailer's error code (connection, timeout).
 */
export function smtpFailure(error: unknown): { code: string; permanent: boolean } {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number' && responseCode >= 400 && responseCode < 600) {
    return { code: `SMTP_${responseCode}`, permanent: responseCode >= 500 };
  }
  return { code: typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'SEND_FAILED', permanent: false };
}

/**
 * Delivers one outbox mail after its transaction committed: over SMTP when configured (retried with back-off
 * by the job queue; a refusal or the last failed attempt leaves it FAILED), otherwise by keeping the row.
 */
export const mailJob: JobDefinition<{ mailId: string }> = {
  name: MAIL_JOB,
  retry: (config) => ({ limit: config.mail.retryLimit, delaySeconds: config.mail.retryDelaySeconds, backoff: true }),
  batchSize: 10,
  timeoutSeconds: 120,
  async handle({ mailId }, attempt, { orm, config }) {
    const em = orm.em.fork();
    const mail = await em.findOne(OutboxMail, { id: mailId });
    if (!mail || mail.status === MailStatus.SENT || mail.status === MailStatus.KEPT) return;
    if (!config.mail.smtpUrl) {
      mail.status = MailStatus.KEPT;
      await em.flush();
      return;
    }
    mail.attempts += 1;
    try {
      await transporterFor(config.mail).sendMail({
        from: config.mail.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
      });
    } catch (error) {
      const failure = smtpFailure(error);
      mail.lastError = failure.code;
      if (failure.permanent || attempt.lastAttempt) mail.status = MailStatus.FAILED;
      await em.flush();
      throw new JobError(failure.code, failure.permanent);
    }
    Object.assign(mail, { status: MailStatus.SENT, sentAt: new Date(), lastError: null, text: '', html: null });
    await em.flush();
  },
};
