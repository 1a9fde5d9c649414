// The SourceKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { SourceKind } from '../../vocabulary/SourceKind';

export { SourceKind };

registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'Who a source is.',
  valuesConfig: {
    NEWS_OUTLET: { description: 'A news outlet (Libya Observer).' },
    WIRE_SERVICE: { description: 'A news agency or wire service (Reuters).' },
    LOCAL_MEDIA: { description: 'Local media and local sources taken together.' },
    OFFICIAL: { description: 'A government or military official or office.' },
    ARMED_GROUP_MEDIA: { description: 'The media office or spokesperson of an armed group.' },
    ARMED_GROUP_MEMBER: { description: 'A member of an armed group speaking for himself.' },
    SOCIAL_MEDIA: { description: 'A social-media account or page.' },
    WITNESS: { description: 'An eyewitness.' },
    RESIDENT: { description: 'A resident of the place.' },
    MEDICAL_SOURCE: { description: 'A medical or hospital source.' },
    NGO: { description: 'A non-governmental organisation.' },
    ANALYST: { description: 'An analyst or commentator.' },
    DATASET: { description: 'A dataset (ACLED).' },
    UNKNOWN: { description: 'A source whose identity is not known.' },
  },
});
