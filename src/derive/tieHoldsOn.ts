// Whether a tie holds on a given day, its MONTH or YEAR dates standing for their whole period.
import { lastDayCovered, parseIsoDate, type CalendarDate } from '../dates/isoDates';

export interface TieValidity {
  validFrom: string | null;
  validTo: string | null;
  datePrecision: string | null;
}

const iso = (date: CalendarDate) =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

function precisionOf(value: string | null): 'DAY' | 'MONTH' | 'YEAR' {
  return value === 'MONTH' || value === 'YEAR' ? value : 'DAY';
}

/**
 * True when `day` (YYYY-MM-DD) falls within the tie's validity. A missing bound is open. With MONTH or YEAR
 * precision the bounds widen to the whole period: validFrom 2017-05-01 MONTH holds from 2017-05-01, validTo
 * 2017-05-01 MONTH holds until 2017-05-31, since "May 2017" may mean any day of it. The Cypher of
 * cypher/actor/actorNetwork.cypher applies the same rule.
 */
export function tieHoldsOn(tie: TieValidity, day: string): boolean {
  const precision = precisionOf(tie.datePrecision);
  const from = tie.validFrom ? parseIsoDate(tie.validFrom) : undefined;
  const to = tie.validTo ? parseIsoDate(tie.validTo) : undefined;
  if (from) {
    const start =
      precision === 'YEAR' ? { ...from, month: 1, day: 1 } : precision === 'MONTH' ? { ...from, day: 1 } : from;
    if (iso(start) > day) return false;
  }
  if (to && iso(lastDayCovered(to, precision)) < day) return false;
  return true;
}
