// How a source must stand to a claim for the claim to count as the source's.
import { registerEnumType } from 'type-graphql';

import { SourceRole } from '../../vocabulary/SourceRole';

export { SourceRole };

registerEnumType(SourceRole, {
  name: 'SourceRole',
  description: 'Whether a source must have made a claim itself, or may also have relayed it.',
  valuesConfig: {
    MAKER: { description: 'The source made the claim.' },
    MAKER_OR_RELAYER: {
      description: 'The source made the claim, or repeated it (directly or through a chain of relays).',
    },
  },
});
