// An actor's name read by ACLED's naming conventions, for matching actors across datasets.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The parts of an actor name written by ACLED\'s conventions: "Military Forces of Egypt (2014-)" is the armed forces (stateBody) of Egypt (country) since 2014; ' +
    '"Military Forces of Libya (2014-) Haftar Faction" adds a qualifier; "Unidentified Armed Group (Libya)" and "Civilians (Libya)" are generic; "TTP: Tehrik-i-Taliban" leads with an acronym.',
})
export class ActorNameParts {
  @Field(() => String, { nullable: true, description: 'The acronym leading the name ("TTP").' })
  acronym!: string | null;

  @Field({
    description:
      'The name without acronym, bracketed country, years or qualifier ("Military Forces of Egypt", "Tehrik-i-Taliban").',
  })
  baseName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a state\'s body: which ("Military Forces", "Police Forces", "Government").',
  })
  stateBody!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The state of a state body, or the country in brackets ("Libya"; "International").',
  })
  country!: string | null;

  @Field(() => Int, { nullable: true, description: 'First year of the government a state body served ("(2014-)").' })
  since!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last year of that government, when it ended ("(2011-2019, Omar al-Bashir)").',
  })
  until!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A faction or ruler named with the years ("Haftar Faction", "Omar al-Bashir").',
  })
  qualifier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a generic actor standing for a category: civilians, protesters, rioters or unidentified.',
  })
  generic!: string | null;
}
