// Shared class-validator rules of the edit inputs: ids, ISO dates, and fields an update may change but not clear.
import { IsNotEmpty, Matches, MaxLength, ValidateIf } from 'class-validator';

/** Where update inputs say how to keep, change or clear a field. */
export const clearableNote = 'Leave out to keep; null clears it.';
export const keptNote = 'Leave out to keep; cannot be cleared.';

export const idGenerationNote =
  'Leave out to have one generated from the kind and the name (or title): `<prefix>:<name folded to lower case, accents and punctuation dropped, spaces as dashes>`, ' +
  'with `-2`, `-3`... appended when that is taken. A given id that any node already has is refused with CONFLICT.';

/** An id as given by the client: at most 200 characters, not blank, no spaces at either end. */
export function EntityId(): PropertyDecorator {
  return (target, key) => {
    MaxLength(200, { message: '$property must be at most 200 characters' })(target, key as string);
    Matches(/^\S(.*\S)?$/, { message: '$property must not be blank or start or end with a space' })(
      target,
      key as string,
    );
  };
}

/** `YYYY-MM-DD`; whether it is a real calendar day is checked with the rest of the entry. */
export function IsoDate(): PropertyDecorator {
  return Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date in YYYY-MM-DD form' });
}

/** For update inputs: the field may be left out (kept) but not set to null or emptied. */
export function NotClearable(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value !== undefined)(target, key as string);
    IsNotEmpty({ message: '$property cannot be cleared (null or empty); leave it out to keep it' })(
      target,
      key as string,
    );
  };
}
