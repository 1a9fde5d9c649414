// actorResolutionFacts: the actors an incoming actor name may stand for: those with the name or alias, those pinned to
// it in the crosswalk, and the actors of the countries and kinds its naming convention points to.
// $keys: LIST<STRING> (normalised names; a crosswalk key '<scheme>:<name>' of any scheme matches its name part),
// $countryKinds: LIST<STRING> ('<ISO code>|<kind>'). Returns actor: {id, name, aliases, kind, countryCode, externalKeys,
// datasetIds (ids a dataset importer gave it, e.g. ucdp:234)}.
MATCH (a:Actor)
WHERE any(k IN a.nameKeys WHERE k IN $keys)
   OR any(k IN coalesce(a.externalKeys, []) WHERE substring(k, size(split(k, ':')[0]) + 1) IN $keys)
   OR (a.countryCode + '|' + a.kind) IN $countryKinds
RETURN a {.id, .name, aliases: coalesce(a.aliases, []), .kind, .countryCode, externalKeys: coalesce(a.externalKeys, []),
         datasetIds: coalesce(a.externalIds, [])} AS actor
