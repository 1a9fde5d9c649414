// A page of claims.
import { Claim } from './claim.type';
import { ConnectionType } from './connection';

export const ClaimConnection = ConnectionType('Claim', Claim);
