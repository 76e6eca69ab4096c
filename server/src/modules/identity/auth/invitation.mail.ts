import type { MailMessage } from '../../../platform/mail/mailer';

type InvitationText = { subject: string; body: (agency: string, link: string) => string };

// Spanish is the fallback language, so it is declared as always there.
const TEXTS: { es: InvitationText } & Record<string, InvitationText> = {
  es: {
    subject: 'Invitación a Enlace',
    body: (agency, link) =>
      `Le han invitado a Enlace en ${agency}.\n\nElija su contraseña en este enlace (válido 7 días):\n${link}\n`,
  },
  en: {
    subject: 'Invitation to Enlace',
    body: (agency, link) =>
      `You have been invited to Enlace at ${agency}.\n\nChoose your password with this link (valid for 7 days):\n${link}\n`,
  },
  pt: {
    subject: 'Convite para o Enlace',
    body: (agency, link) =>
      `Você foi convidado(a) para o Enlace em ${agency}.\n\nEscolha sua senha neste link (válido por 7 dias):\n${link}\n`,
  },
  fr: {
    subject: 'Invitation à Enlace',
    body: (agency, link) =>
      `Vous êtes invité(e) sur Enlace au sein de ${agency}.\n\nChoisissez votre mot de passe avec ce lien (valable 7 jours) :\n${link}\n`,
  },
};

/** The invitation mail in the invitee's language. */
export function invitationMail(options: { to: string; locale: string; agencyName: string; link: string }): MailMessage {
  const text = TEXTS[options.locale] ?? TEXTS.es;
  return { to: options.to, subject: text.subject, text: text.body(options.agencyName, options.link) };
}
