// The CSV writer: RFC 4180 quoting, and text a spreadsheet would run as a formula defused.
import { parse } from 'csv-parse/sync';

import { toEvent, toLocation } from '../../../src/data/mappers';
import type { EventRecord } from '../../../src/export/eventRecords';
import { defuseFormula, eventsCsv } from '../../../src/export/eventsCsv';
import { EventGrade } from '../../../src/schema/enums/EventGrade';

function record(title: string, actorName: string): EventRecord {
  return {
    event: toEvent({
      id: 'event:x',
      kind: 'AIRSTRIKE',
      title,
      startDate: '2020-01-02',
      endDate: '2020-01-02',
      datePrecision: 'DAY',
      locationId: 'loc:x',
    }),
    location: toLocation({
      id: 'loc:x',
      name: 'Somewhere',
      point: { latitude: -12.5, longitude: -77.25 },
      geoPrecision: 'EXACT',
    }),
    attributions: [
      {
        actorId: 'actor:a',
        actorName,
        sourceCount: 2,
        independentSourceCount: 1,
        sources: [{ sourceId: 'source:s', sourceName: 'S, "the" source', claimIds: ['claim:1', 'claim:2'] }],
      },
    ],
    killedLow: 3,
    killedHigh: 7,
    contested: false,
    grade: EventGrade.FAIR,
  };
}

test.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx'])('prefixes %j with an apostrophe', (text) => {
  expect(defuseFormula(text)).toBe(`'${text}`);
});

test('leaves ordinary text alone', () => {
  expect(defuseFormula('Derna – 30 October')).toBe('Derna – 30 October');
});

test('quotes commas, quotes and line breaks, defuses formulas in text but not negative coordinates', () => {
  const text = eventsCsv([record('Strike, "heavy"\non the port', '=cmd|calc')]);
  const [row] = parse(text, { columns: true }) as Record<string, string>[];
  expect(row.title).toBe('Strike, "heavy"\non the port');
  expect(row.actor_name).toBe("'=cmd|calc");
  expect(row.source_name).toBe('S, "the" source');
  expect(row.latitude).toBe('-12.5');
  expect(row.longitude).toBe('-77.25');
  expect(row.claim_ids).toBe('claim:1 claim:2');
  expect(row.contested).toBe('false');
  expect(row.grade).toBe('FAIR');
  expect(text).toContain('"Strike, ""heavy""\non the port"');
  expect(text.endsWith('\r\n')).toBe(true);
});
