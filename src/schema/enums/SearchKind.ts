// The kinds of node that full-text search and node lookup return.
import { registerEnumType } from 'type-graphql';

import { SearchKind } from '../../vocabulary/SearchKind';

export { SearchKind };

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What kind of node a search hit is; also a filter of `search`.',
  valuesConfig: {
    ACTOR: { description: 'An actor, matched on its name, aliases or description.' },
    EVENT: { description: 'An event, matched on its title or description.' },
    LOCATION: { description: 'A location, matched on its name or aliases.' },
    SOURCE: { description: 'A source, matched on its name or description.' },
    DOCUMENT: { description: 'A document, matched on its title (not its full text).' },
    CLAIM: { description: 'A claim, matched on its quote.' },
  },
});
