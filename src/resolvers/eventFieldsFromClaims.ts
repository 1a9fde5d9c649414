// Fields of Event answered from the unretracted claims about the event and its parts (the claimsCoveringEvent loader), by its id alone.
// (`claims` asked with includeRetracted reads another loader.)
export const eventFieldsFromClaims = [
  'claims',
  'attributions',
  'denials',
  'casualties',
  'contested',
  'responsibility',
  'grade',
  'gradeReason',
] as const;
