// A page of places.
import { ConnectionType } from './connection';
import { Location } from './location.type';

export const LocationConnection = ConnectionType('Location', Location);
