// Stored nodes back to bundle entries, patches over them, and generated id slugs.
import { entryFromNode, patched } from '../../../src/edit/entryFromNode';
import { slugOf } from '../../../src/edit/newEntityId';

const storedEvent = (props: Record<string, unknown>) => ({
  props: {
    id: 'event:x',
    kind: 'AIRSTRIKE',
    title: 'Strike',
    point: { latitude: 1, longitude: 2 },
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...props,
  },
  links: [
    { type: 'OCCURRED_IN', toId: 'loc:derna' },
    { type: 'MADE', toId: 'claim:y' },
  ],
});

describe('entryFromNode', () => {
  test('leaves out an end date that only widens the precision, so a new precision widens it again', () => {
    const entry = entryFromNode(
      'Event',
      'event:x',
      storedEvent({ startDate: '2017-05-01', endDate: '2017-05-31', datePrecision: 'MONTH' }),
    );
    expect(entry).toEqual({
      id: 'event:x',
      kind: 'AIRSTRIKE',
      title: 'Strike',
      startDate: '2017-05-01',
      datePrecision: 'MONTH',
      locationId: 'loc:derna',
    });
  });

  test('keeps an end date that was given', () => {
    const entry = entryFromNode(
      'Event',
      'event:x',
      storedEvent({ startDate: '2017-05-01', endDate: '2017-05-03', datePrecision: 'DAY' }),
    );
    expect(entry.endDate).toBe('2017-05-03');
  });

  test('a location gets its coordinates and parent back', () => {
    const entry = entryFromNode('Location', 'loc:derna', {
      props: {
        name: 'Derna',
        aliases: ['Darnah'],
        kind: 'CITY',
        geoPrecision: 'CITY',
        point: { latitude: 32.7, longitude: 22.6 },
        nameKeys: ['derna'],
        note: null,
      },
      links: [{ type: 'PART_OF', toId: 'loc:libya' }],
    });
    expect(entry).toEqual({
      id: 'loc:derna',
      name: 'Derna',
      aliases: ['Darnah'],
      kind: 'CITY',
      geoPrecision: 'CITY',
      latitude: 32.7,
      longitude: 22.6,
      parentId: 'loc:libya',
    });
  });
});

describe('patched', () => {
  test('absent fields keep their value, null clears, the id never changes', () => {
    expect(
      patched(
        { id: 'actor:a', name: 'A', description: 'old', countryCode: 'LY' },
        { id: 'actor:b', name: undefined, description: null, countryCode: 'EG' },
      ),
    ).toEqual({
      id: 'actor:a',
      name: 'A',
      countryCode: 'EG',
    });
  });
});

describe('slugOf', () => {
  test('folds case, accents and punctuation into dashes', () => {
    expect(slugOf('Dìgnity  Operation (Karama)!')).toBe('dignity-operation-karama');
  });

  test('keeps letters of other scripts', () => {
    expect(slugOf('مجلس شورى')).toBe('مجلس-شورى');
  });
});
