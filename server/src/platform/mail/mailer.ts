import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { EnlaceConfig } from '../config/config';
import { OutboxMail } from './outbox-mail.entity';

/** One mail to one person. Modules write the text in the recipient's language before handing it over. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends mail for any module (invitations now, referral notifications later). `send` takes the caller's
 * transaction: the outbox writes in it, so a mail exists exactly when the change that caused it commits; SMTP
 * sends inside it, so a failed send rolls the change back and the caller can simply retry.
 */
export interface Mailer {
  /** "smtp" or "outbox": lets callers decide e.g. whether a development hint belongs in the log. */
  readonly transport: 'smtp' | 'outbox';
  send(em: EntityManager, message: MailMessage): Promise<void>;
}

export type MailSettings = Pick<EnlaceConfig['mail'], 'smtpUrl' | 'from'>;

export function createMailer(settings: MailSettings): Mailer {
  if (!settings.smtpUrl) return outboxMailer;
  const transporter = nodemailer.createTransport(settings.smtpUrl);
  return {
    transport: 'smtp',
    send: async (_em, message) => {
      await transporter.sendMail({ from: settings.from, ...message });
    },
  };
}

const outboxMailer: Mailer = {
  transport: 'outbox',
  send: async (em, message) => {
    await em.insert(OutboxMail, {
      id: new OutboxMail().id,
      recipient: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      createdAt: new Date(),
    });
  },
};

const mailers = new WeakMap<MailSettings, Mailer>();

/** The mailer of a configuration, built on first use. */
export function mailer(settings: MailSettings): Mailer {
  let built = mailers.get(settings);
  if (!built) mailers.set(settings, (built = createMailer(settings)));
  return built;
}
