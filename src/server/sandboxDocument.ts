// The query an analyst finds preloaded in Apollo Sandbox.
export const sandboxDocument = `# Every claim about the Derna airstrikes: who blames whom, through whom, with what figures.
query DernaStrike($id: ID!) {
  event(id: $id) {
    title
    startDate
    datePrecision
    location { name latitude longitude geoPrecision }
    attributions {
      actor { name kind }
      independentSourceCount
      sources { name kind }
      claims { quote stance relayChain { source { name } } }
    }
    casualties { killedLow killedHigh injuredLow injuredHigh }
    contested { isContested reasons }
  }
}
`;

export const sandboxVariables = { id: 'event:derna-airstrikes-2017-10-30' };
