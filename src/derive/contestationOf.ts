// Whether an event's sources disagree about who did it, with reasons an analyst can check against the attributions.
//
// Sources disagree when
//  - two sources blame named actors for one incident, and nothing one blames is the same as, part of, or above
//    anything the other blames (a unit and its state are one accusation; two actors named by one source together are
//    a joint accusation, not a disagreement);
//  - a source denies that an actor did it while another source blames that actor, a unit of it, or what it is part of;
//  - an actor claims responsibility while another source blames someone else (the first rule: the claimant blames itself).
// "A source" is an origin: a relay says what the claim it repeats says, so claims relaying one origin are one source.
// "One incident": claims about the same event, or about an event and a part of it; two parts of a whole may have had
// different perpetrators. An unidentified perpetrator ("unknown warplanes", kind UNKNOWN) disagrees with nobody: a
// named actor beside it is alleged, not contested. Nobody claiming responsibility is not a disagreement either.
// Every number in a reason is the independentSourceCount of that actor's attribution (or denial) of the same event.
// cypher/event/eventsPage.cypher applies the same rule for the `contested` filter; a test holds both to one answer.
import { attributionsOf, denialsOf, isDenial, isNamedBlame, type AttributionGroup } from './attributionsOf';
import type { ClaimFacts } from './claimFacts';
import { blamedActor, sameChain, sameIncident, sources } from './claimRelations';

export interface ContestationResult {
  isContested: boolean;
  reasons: string[];
}

export interface ContestationNames {
  /** Actor ids to display names. */
  actors: ReadonlyMap<string, string>;
  /** Event ids to titles, for reasons about a part of the event. */
  events?: ReadonlyMap<string, string>;
  /** The event asked about: claims about its parts are named as such. */
  eventId?: string;
}

/** What one origin source says about one event: the named actors it blames. */
interface Speaker {
  origin: string;
  claims: ClaimFacts[];
}

function speakersOf(claims: ClaimFacts[]): Speaker[] {
  const speakers = new Map<string, Speaker>();
  for (const claim of claims) {
    const key = `${claim.originSourceId}\u0000${claim.eventId}`;
    const speaker = speakers.get(key) ?? { origin: claim.originSourceId, claims: [] };
    speaker.claims.push(claim);
    speakers.set(key, speaker);
  }
  return [...speakers.values()];
}

function disagree(a: Speaker, b: Speaker): boolean {
  return (
    a.origin !== b.origin &&
    sameIncident(a.claims[0], b.claims[0]) &&
    !a.claims.some((x) => b.claims.some((y) => sameChain(blamedActor(x), blamedActor(y))))
  );
}

export function contestationOf(claims: ClaimFacts[], names: ContestationNames): ContestationResult {
  const name = (id: string) => names.actors.get(id) ?? id;
  const blamed = attributionsOf(claims);
  const denied = denialsOf(claims);
  const count = (groups: AttributionGroup[], actorId: string) =>
    groups.find((g) => g.actorId === actorId)?.independentSourceCount ?? 0;
  const named = claims.filter(isNamedBlame);
  const about = (involved: ClaimFacts[]) => {
    const parts = [...new Set(involved.map((c) => c.eventId))];
    if (names.eventId === undefined || parts.every((id) => id === names.eventId)) return '';
    return ` (claims about ${parts.map((id) => (id === names.eventId ? 'the event itself' : (names.events?.get(id) ?? id))).join('; ')})`;
  };
  const reasons: string[] = [];

  const speakers = speakersOf(named);
  const competing = new Set<ClaimFacts>();
  speakers.forEach((a, i) =>
    speakers.slice(i + 1).forEach((b) => {
      if (!disagree(a, b)) return;
      for (const claim of [...a.claims, ...b.claims]) competing.add(claim);
    }),
  );
  if (competing.size > 0) {
    // The actors blamed in the disagreement, one camp per chain of command.
    const actors = blamed
      .filter((g) => [...competing].some((c) => c.actorId === g.actorId))
      .map((g) => ({ id: g.actorId, lineage: g.claims[0].actorLineage, stateKey: g.claims[0].actorStateKey }));
    const camps: (typeof actors)[] = [];
    for (const actor of actors) {
      const camp = camps.find((members) => members.some((member) => sameChain(member, actor)));
      if (camp) camp.push(actor);
      else camps.push([actor]);
    }
    const campText = (camp: typeof actors) =>
      camp.map((actor) => `${name(actor.id)} (${sources(count(blamed, actor.id))})`).join(' and ');
    reasons.push(`sources disagree on who did it: ${camps.map(campText).join(' vs ')}${about([...competing])}`);
  }

  const conflicts = new Map<string, { deniedId: string; blamedId: string; claims: ClaimFacts[] }>();
  for (const denial of claims.filter(isDenial)) {
    for (const blame of named) {
      if (
        denial.originSourceId === blame.originSourceId ||
        !sameIncident(denial, blame) ||
        !sameChain(blamedActor(denial), blamedActor(blame))
      )
        continue;
      const key = `${denial.actorId}\u0000${blame.actorId}`;
      const conflict = conflicts.get(key) ?? {
        deniedId: denial.actorId as string,
        blamedId: blame.actorId as string,
        claims: [],
      };
      conflict.claims.push(denial, blame);
      conflicts.set(key, conflict);
    }
  }
  for (const { deniedId, blamedId, claims: involved } of conflicts.values()) {
    const deniers = sources(count(denied, deniedId));
    const blamers = sources(count(blamed, blamedId));
    if (deniedId === blamedId) {
      reasons.push(`${name(deniedId)} is blamed by ${blamers} and denied by ${deniers}${about(involved)}`);
    } else {
      const denialActor = involved.find((c) => c.actorId === deniedId) as ClaimFacts;
      const relation = denialActor.actorLineage.includes(blamedId) ? 'which it is part of' : 'which is part of it';
      reasons.push(
        `${name(deniedId)} is denied by ${deniers}, while ${blamers} blame${count(blamed, blamedId) === 1 ? 's' : ''} ${name(blamedId)}, ${relation}${about(involved)}`,
      );
    }
  }
  if (reasons.length > 0) return { isContested: true, reasons };

  if (blamed.length === 0) return { isContested: false, reasons: ['no claim attributes the event to anyone'] };
  return {
    isContested: false,
    reasons: [
      'no two sources blame different actors, and no source denies an actor that another source blames',
      ...blamed.map((group) => {
        const n = group.independentSourceCount;
        if (group.status === 'CLAIMED') return `${name(group.actorId)} claims responsibility (named by ${sources(n)})`;
        if (group.status === 'UNIDENTIFIED')
          return `${sources(n)} name${n === 1 ? 's' : ''} an unidentified perpetrator: ${name(group.actorId)}`;
        return `${name(group.actorId)} is alleged by ${sources(n)}`;
      }),
    ],
  };
}
