import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency } from './agency.entity';
import { Country } from './country.entity';
import { CrossingPoint } from './crossing-point.entity';
import { LocalizedNames } from './localized-names';

export enum MechanismKind {
  BINATIONAL = 'BINATIONAL',
  TRINATIONAL = 'TRINATIONAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(MechanismKind, {
  name: 'MechanismKind',
  description:
    'BINATIONAL: exactly 2 countries; TRINATIONAL: exactly 3; REGIONAL: 2 or more; NATIONAL: one country, 2 or more agencies (a national referral mechanism)',
});

/** A binational, trinational or regional committee of agencies working one border, run by a secretariat. */
@ObjectType({ description: 'A coordination mechanism: the agencies of two or more countries on a border' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'mechanism' })
export class Mechanism {
  /** Properties with defaults, so em.create() does not demand them. */
  [OptionalProps]?: 'id' | 'active' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => MechanismKind)
  @Enum({ items: () => MechanismKind, nativeEnumName: 'mechanism_kind' })
  kind!: MechanismKind;

  @Field(() => LocalizedNames)
  @Property({ type: 'json' })
  names!: LocalizedNames;

  @Field(() => [Country])
  @ManyToMany(() => Country, undefined, { pivotTable: 'mechanism_country', owner: true })
  countries = new Collection<Country>(this);

  @Field(() => [Agency])
  @ManyToMany(() => Agency, undefined, { pivotTable: 'mechanism_member_agency', owner: true })
  memberAgencies = new Collection<Agency>(this);

  @Field(() => Agency)
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  secretariatAgency!: Ref<Agency>;

  @Field(() => [CrossingPoint])
  @OneToMany(() => CrossingPoint, (point) => point.mechanism, { orphanRemoval: true })
  crossingPoints = new Collection<CrossingPoint>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Filled by the field guard: fields of this record the caller may not read (they resolve to null). */
  @Field(() => [String])
  restrictedFields?: string[];
}
