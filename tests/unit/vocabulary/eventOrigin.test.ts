import { acledEventId } from '../../../src/acled/acledRowBundle';
import { ucdpEventId } from '../../../src/ucdp/ucdpRowBundle';
import { EventOrigin, eventOriginOfId, originsOtherThan } from '../../../src/vocabulary/EventOrigin';

test("each dataset's importer names its events in the namespace their origin is read from", () => {
  expect(eventOriginOfId(acledEventId('LBY9001'))).toBe(EventOrigin.ACLED);
  expect(eventOriginOfId(ucdpEventId('283615'))).toBe(EventOrigin.UCDP_GED);
});

test('any other event is a document’s, a look-alike name included', () => {
  expect(eventOriginOfId('event:derna-airstrikes-2017-10-30')).toBe(EventOrigin.DOCUMENT);
  expect(eventOriginOfId('event:acled')).toBe(EventOrigin.DOCUMENT);
});

test("a dataset's import may match the other origins' events, never its own", () => {
  expect(originsOtherThan(EventOrigin.ACLED).sort()).toEqual([EventOrigin.DOCUMENT, EventOrigin.UCDP_GED].sort());
  expect(originsOtherThan(EventOrigin.UCDP_GED)).not.toContain(EventOrigin.UCDP_GED);
});
