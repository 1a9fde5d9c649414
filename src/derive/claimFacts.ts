// What derived answers read of a claim: the data layer's claims carry at least this, whatever else they hold.
export interface ClaimFacts {
  id: string;
  kind: string;
  stance: string;
  sourceId: string;
  eventId: string;
  actorId: string | null;
  relaysClaimId: string | null;
  retractedAt: string | null;
  figures: {
    killed: number | null;
    injured: number | null;
    civiliansKilled: number | null;
    isMinimum: boolean;
    /** A source's own range around its killed figure (UCDP's low and high), where it gives one. */
    killedLow?: number | null;
    killedHigh?: number | null;
  } | null;
  /** The first claim of this claim's relay chain (itself when it relays nothing), and that claim's source. */
  originClaimId: string;
  originSourceId: string;
  /** The blamed actor's kind (UNKNOWN for an unidentified perpetrator). */
  actorKind: string | null;
  /** Ids of the units the blamed actor is part of, at any depth. */
  actorLineage: string[];
  /** The state (and faction) the blamed actor's name says it is a body of ("egypt|"), where it says one. */
  actorStateKey?: string | null;
  /** The actor the origin source speaks for, then what that actor is part of at any depth; empty when it speaks for none. */
  originAffiliation: string[];
  /**
   * The claim's event, then the larger events above it up to the event whose claims were asked for (the claim's event
   * alone when it is that event's own claim): which claims speak of one incident (claimRelations.ts).
   */
  eventPath: string[];
}
