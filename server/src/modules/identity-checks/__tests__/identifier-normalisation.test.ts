import { foldText, normaliseDocument, personKeys } from '../identifier-normalisation';
import { checkIndex, mechanismCheckKey } from '../check-keys';
import { developmentKeyring } from '../../../platform/crypto/keyring';

const maria = { familyNames: 'García López', givenNames: 'María José', dateOfBirth: '2001-05-14' };

describe('normalising identifiers before they are blinded', () => {
  it('folds accents, ñ and case, and drops punctuation', () => {
    expect(foldText('  Peña-Ñúñez  d’Ávila ')).toBe('PENA NUNEZ DAVILA');
    expect(foldText('Gonçalves São João')).toBe('GONCALVES SAO JOAO');
    expect(foldText('Straße Łukasz Øster')).toBe('STRASSE LUKASZ OSTER');
  });

  it('transliterates Cyrillic names as machine-readable passports do', () => {
    expect(foldText('Юлия Щербакова')).toBe('IULIIA SHCHERBAKOVA'); // as in her passport (ICAO 9303)
  });

  it('reads a document number the same however it was typed, within its issuing country', () => {
    expect(normaliseDocument('a-12.345 6', 'gt')).toBe('DOC|GT|A123456');
    expect(normaliseDocument('A1234 56', 'GT')).toBe(normaliseDocument('A-123456', 'GT'));
    expect(normaliseDocument('A123456', 'MX')).not.toBe(normaliseDocument('A123456', 'GT'));
    expect(normaliseDocument('12', 'GT')).toBeNull();
  });

  it('matches a person exactly whatever the accents and case', () => {
    const typed = personKeys({ familyNames: 'GARCIA LOPEZ', givenNames: 'maria jose', dateOfBirth: '2001-05-14' });
    expect(typed?.exact).toBe(personKeys(maria)?.exact);
    expect(typed?.exact).toBe('PERSON|GARCIA LOPEZ|MARIA JOSE|2001-05-14');
  });

  it('drops Spanish particles in compound surnames', () => {
    const written = personKeys({ familyNames: 'de la Cruz y Ortega', givenNames: 'José', dateOfBirth: '1990-01-02' });
    const short = personKeys({ familyNames: 'Cruz Ortega', givenNames: 'Jose', dateOfBirth: '1990-01-02' });
    expect(written?.exact).toBe(short?.exact);
  });

  it('drops Portuguese particles (da, das, do, dos, e)', () => {
    const written = personKeys({ familyNames: 'da Silva e Santos', givenNames: 'João', dateOfBirth: '1985-03-09' });
    const short = personKeys({ familyNames: 'Silva Santos', givenNames: 'Joao', dateOfBirth: '1985-03-09' });
    expect(written?.exact).toBe(short?.exact);
  });

  it('finds the first family name alone (Hispanic usage abroad) among the looser forms, not as exact', () => {
    const full = personKeys(maria)!;
    const paternalOnly = personKeys({ familyNames: 'García', givenNames: 'María José', dateOfBirth: '2001-05-14' })!;
    expect(paternalOnly.exact).not.toBe(full.exact);
    expect(full.loose(2001)).toContain(paternalOnly.loose(2001)[0]);
  });

  it('finds the last family name alone (the main one in Portuguese usage) among the looser forms', () => {
    const full = personKeys({ familyNames: 'da Costa Silva', givenNames: 'Ana', dateOfBirth: '1979-11-30' })!;
    const mainOnly = personKeys({ familyNames: 'Silva', givenNames: 'Ana', dateOfBirth: '1979-11-30' })!;
    expect(full.loose(1979)).toContain(mainOnly.loose(1979)[0]);
  });

  it('refuses a person without a name or with a malformed date of birth', () => {
    expect(personKeys({ ...maria, familyNames: ' de la ' })).toBeNull();
    expect(personKeys({ ...maria, dateOfBirth: '14/05/2001' })).toBeNull();
  });
});

describe('mechanism check keys', () => {
  const keyring = developmentKeyring();

  it('differ per mechanism and per version, and are stable', () => {
    const a1 = mechanismCheckKey(keyring, 'mechanism-a', 1);
    expect(mechanismCheckKey(keyring, 'mechanism-a', 1).equals(a1)).toBe(true);
    expect(mechanismCheckKey(keyring, 'mechanism-b', 1).equals(a1)).toBe(false);
    expect(mechanismCheckKey(keyring, 'mechanism-a', 2).equals(a1)).toBe(false);
  });

  it('blind an identifier so that the index reveals nothing of it', () => {
    const index = checkIndex(mechanismCheckKey(keyring, 'mechanism-a', 1), 'DOC|GT|A123456');
    expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(index).not.toContain('A123456');
  });
});
