/** The mail a duty desk receives when a bulletin is published: its title and a link, never its body. */
const TEXTS: Record<string, { subject: (title: string) => string; text: (mechanism: string, link: string) => string }> =
  {
    es: {
      subject: (title) => `Enlace: nuevo boletín – ${title}`,
      text: (mechanism, link) =>
        `La secretaría de ${mechanism} publicó un boletín para las agencias miembros.\n\nLéalo y acuse recibo en Enlace: ${link}`,
    },
    pt: {
      subject: (title) => `Enlace: novo boletim – ${title}`,
      text: (mechanism, link) =>
        `A secretaria de ${mechanism} publicou um boletim para as agências membros.\n\nLeia e confirme o recebimento no Enlace: ${link}`,
    },
    en: {
      subject: (title) => `Enlace: new bulletin – ${title}`,
      text: (mechanism, link) =>
        `The secretariat of ${mechanism} published a bulletin for the member agencies.\n\nRead and acknowledge it in Enlace: ${link}`,
    },
    fr: {
      subject: (title) => `Enlace : nouveau bulletin – ${title}`,
      text: (mechanism, link) =>
        `Le secrétariat de ${mechanism} a publié un bulletin pour les agences membres.\n\nLisez-le et accusez réception dans Enlace : ${link}`,
    },
  };

export function bulletinMail(language: string, title: string, mechanism: string, link: string) {
  const texts = TEXTS[language] ?? TEXTS.es!;
  return { subject: texts.subject(title), text: texts.text(mechanism, link) };
}
