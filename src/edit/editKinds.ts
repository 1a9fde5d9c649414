// What the edit mutations need to know per node kind: its bundle section, id prefix, single-valued links and stored properties.
import type { DocumentBundle } from '../ingest/bundle.types';
import type { NodeKind } from '../ingest/bundleKinds';

export type EditableKind = Exclude<NodeKind, 'Claim'>;

export interface EditKindSpec {
  section: keyof Pick<DocumentBundle, 'actors' | 'locations' | 'sources' | 'documents' | 'events' | 'claims'>;
  /** Start of generated ids, as in bundles: `actor:`, `loc:`... */
  idPrefix: string;
  /** The entry field a generated id is made from. */
  nameField: string;
  /** Single-valued links the node starts (bundleRows' `single`): entry field -> relationship type. */
  links: { field: string; type: string }[];
  /** Properties bundleRows writes for the kind: an update that no longer produces one removes it. */
  properties: string[];
}

const nameProperties = ['name', 'aliases', 'aliasText', 'nameKeys'];

export const editKinds: Record<NodeKind, EditKindSpec> = {
  Actor: {
    section: 'actors',
    idPrefix: 'actor',
    nameField: 'name',
    links: [],
    properties: [...nameProperties, 'kind', 'countryCode', 'description'],
  },
  Location: {
    section: 'locations',
    idPrefix: 'loc',
    nameField: 'name',
    links: [{ field: 'parentId', type: 'PART_OF' }],
    properties: [...nameProperties, 'kind', 'point', 'geoPrecision', 'countryCode', 'note'],
  },
  Source: {
    section: 'sources',
    idPrefix: 'source',
    nameField: 'name',
    links: [{ field: 'affiliatedActorId', type: 'AFFILIATED_WITH' }],
    properties: ['name', 'nameKeys', 'kind', 'url', 'description'],
  },
  Document: {
    section: 'documents',
    idPrefix: 'doc',
    nameField: 'title',
    links: [{ field: 'publisherId', type: 'PUBLISHED_BY' }],
    properties: ['title', 'url', 'publishedOn', 'publishedOnPrecision', 'language', 'text'],
  },
  Event: {
    section: 'events',
    idPrefix: 'event',
    nameField: 'title',
    links: [
      { field: 'locationId', type: 'OCCURRED_IN' },
      { field: 'partOfEventId', type: 'PART_OF' },
    ],
    properties: ['kind', 'title', 'description', 'dateNote', 'startDate', 'endDate', 'datePrecision', 'dateText'],
  },
  Claim: {
    section: 'claims',
    idPrefix: 'claim',
    nameField: 'quote',
    links: [],
    properties: [],
  },
};
