import type { MailMessage } from '../../../platform/mail/mailer';

type ResetText = { subject: string; body: (link: string, minutes: number) => string };

// Spanish is the fallback language, so it is declared as always there.
const TEXTS: { es: ResetText } & Record<string, ResetText> = {
  es: {
    subject: 'Restablecer su contraseña de Enlace',
    body: (link, minutes) =>
      `Alguien (probablemente usted) pidió restablecer la contraseña de su cuenta de Enlace.\n\nElija una nueva contraseña con este enlace (válido ${minutes} minutos, una sola vez):\n${link}\n\nSi no lo pidió usted, ignore este correo: su contraseña no cambia.\n`,
  },
  en: {
    subject: 'Reset your Enlace password',
    body: (link, minutes) =>
      `Someone (probably you) asked to reset the password of your Enlace account.\n\nChoose a new password with this link (valid for ${minutes} minutes, once):\n${link}\n\nIf it was not you, ignore this e-mail: your password does not change.\n`,
  },
  pt: {
    subject: 'Redefinir sua senha do Enlace',
    body: (link, minutes) =>
      `Alguém (provavelmente você) pediu para redefinir a senha da sua conta do Enlace.\n\nEscolha uma nova senha com este link (válido por ${minutes} minutos, uma única vez):\n${link}\n\nSe não foi você, ignore este e-mail: sua senha não muda.\n`,
  },
  fr: {
    subject: 'Réinitialiser votre mot de passe Enlace',
    body: (link, minutes) =>
      `Quelqu'un (probablement vous) a demandé la réinitialisation du mot de passe de votre compte Enlace.\n\nChoisissez un nouveau mot de passe avec ce lien (valable ${minutes} minutes, une seule fois) :\n${link}\n\nSi ce n'était pas vous, ignorez ce message : votre mot de passe ne change pas.\n`,
  },
};

/** The password-reset mail in the account holder's language. */
export function passwordResetMail(options: { to: string; locale: string; link: string; minutes: number }): MailMessage {
  const text = TEXTS[options.locale] ?? TEXTS.es;
  return { to: options.to, subject: text.subject, text: text.body(options.link, options.minutes) };
}
