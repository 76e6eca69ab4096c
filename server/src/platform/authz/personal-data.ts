/**
 * Which fields of a subject are personal data, and which agency owns a record of it. Reads of these fields are
 * audited (with the owner, so the owner's auditors see who read their records); they never go to logs.
 */
export interface PersonalDataDeclaration {
  subject: string;
  fields: readonly string[];
  idOf: (record: object) => string;
  ownerAgencyOf: (record: object) => string | undefined;
}

export class PersonalDataRegistry {
  private readonly bySubject = new Map<string, PersonalDataDeclaration>();

  constructor(declarations: readonly PersonalDataDeclaration[]) {
    for (const declaration of declarations) this.bySubject.set(declaration.subject, declaration);
  }

  declarationFor(subject: string): PersonalDataDeclaration | undefined {
    return this.bySubject.get(subject);
  }

  isPersonal(subject: string, field: string): boolean {
    return this.bySubject.get(subject)?.fields.includes(field) ?? false;
  }

  all(): PersonalDataDeclaration[] {
    return [...this.bySubject.values()];
  }
}
