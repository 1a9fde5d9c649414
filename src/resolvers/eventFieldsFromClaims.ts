// Fields of Event answered from the event's unretracted claims (the claimsAboutEvent loader), by its id alone.
// (`claims` asked with includeRetracted reads another loader.)
export const eventFieldsFromClaims = ['claims', 'attributions', 'denials', 'casualties', 'contested', 'responsibility'] as const;
