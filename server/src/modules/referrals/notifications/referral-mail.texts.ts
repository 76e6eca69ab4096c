/**
 * The words of referral notices, per recipient locale (Spanish when unknown). Subjects and bodies carry the
 * reference, category, urgency and deadline only: never names or narrative, since mail leaves the portal.
 */
export type NoticeKind = 'sent' | 'overdue' | 'escalation';

export interface NoticeFacts {
  reference: string;
  urgency: string;
  category: string;
  dueAt?: Date | null;
  link: string;
}

type Texts = Record<NoticeKind, { subject: (f: NoticeFacts) => string; lead: string }>;

// Spanish is the fallback language, so it is declared as always there.
const TEXTS: { es: Texts } & Record<string, Texts> = {
  es: {
    sent: { subject: (f) => `Nueva remisión ${f.reference} (${f.urgency})`, lead: 'Su agencia recibió una remisión.' },
    overdue: { subject: (f) => `Remisión ${f.reference}: plazo vencido`, lead: 'Venció el plazo de esta remisión.' },
    escalation: {
      subject: (f) => `ESCALAMIENTO: remisión inmediata ${f.reference} sin acuse de recibo`,
      lead: 'Una remisión INMEDIATA (vida en riesgo) no fue acusada a tiempo por su agencia.',
    },
  },
  en: {
    sent: { subject: (f) => `New referral ${f.reference} (${f.urgency})`, lead: 'Your agency received a referral.' },
    overdue: {
      subject: (f) => `Referral ${f.reference}: deadline passed`,
      lead: 'The deadline of this referral passed.',
    },
    escalation: {
      subject: (f) => `ESCALATION: immediate referral ${f.reference} not acknowledged`,
      lead: 'An IMMEDIATE (life at risk) referral was not acknowledged in time by your agency.',
    },
  },
  pt: {
    sent: {
      subject: (f) => `Novo encaminhamento ${f.reference} (${f.urgency})`,
      lead: 'Sua agência recebeu um encaminhamento.',
    },
    overdue: {
      subject: (f) => `Encaminhamento ${f.reference}: prazo vencido`,
      lead: 'O prazo deste encaminhamento venceu.',
    },
    escalation: {
      subject: (f) => `ESCALONAMENTO: encaminhamento imediato ${f.reference} sem confirmação`,
      lead: 'Um encaminhamento IMEDIATO (vida em risco) não foi confirmado a tempo pela sua agência.',
    },
  },
};

export function noticeText(kind: NoticeKind, locale: string, facts: NoticeFacts) {
  const texts = TEXTS[locale.slice(0, 2)] ?? TEXTS.es;
  const lines = [
    texts[kind].lead,
    '',
    `${facts.reference} · ${facts.category} · ${facts.urgency}`,
    ...(facts.dueAt ? [`${facts.dueAt.toISOString()}`] : []),
    '',
    facts.link,
  ];
  return { subject: texts[kind].subject(facts), text: lines.join('\n') };
}
