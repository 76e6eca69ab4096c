import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedNames } from './localized-names';

@ObjectType({ description: 'A country whose agencies use Enlace' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'country' })
@Check({ name: 'country_code_is_iso_alpha2', expression: "code ~ '^[A-Z]{2}$'" })
@Check({ name: 'country_default_locale_known', expression: "default_locale ~ '^(es|en|pt|fr)$'" })
export class Country {
  /** ISO 3166-1 alpha-2, e.g. GT, MX. */
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. GT' })
  get id(): string {
    return this.code;
  }

  @Field(() => LocalizedNames)
  @Property({ type: 'json' })
  names!: LocalizedNames;

  @Field(() => String, { description: 'es, en, pt or fr' })
  @Property({ type: 'string', length: 5 })
  defaultLocale!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Guatemala' })
  @Property({ type: 'string', length: 64 })
  timeZone!: string;
}
