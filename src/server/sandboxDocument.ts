// The query an analyst finds preloaded in Apollo Sandbox: the canonical question, with its variables.
export const sandboxDocument = `# The canonical question: which strikes does a source attribute to an actor, and in what words?
# Change the variables below (actor by id or name, source by id or name, kinds) and press Run.
# With API keys on, add the header  Authorization: Bearer <your key>  in the Headers tab.
query StrikesAttributedTo($actor: ActorRef!, $source: SourceRef, $kinds: [EventKind!], $includeSubordinates: Boolean!) {
  eventsAttributedTo(actor: $actor, source: $source, kinds: $kinds, includeSubordinates: $includeSubordinates) {
    totalCount
    edges {
      node {
        id
        title
        startDate
        datePrecision
        location { name latitude longitude geoPrecision }
        casualties { killedLow killedHigh }
        contested { isContested reasons }
      }
      matchedClaims {
        quote
        stance
        confidence
        actor { name }
        source { name }
        document { title }
        relayChain { source { name } }
      }
    }
  }
}
`;

export const sandboxVariables = {
  actor: { name: 'Egypt' },
  source: { id: 'source:mohammed-edriss-al-taher' },
  kinds: ['AIRSTRIKE', 'DRONE_STRIKE'],
  includeSubordinates: true,
};
