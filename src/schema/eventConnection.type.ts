// A page of events.
import { ConnectionType } from './connection';
import { Event } from './event.type';

export const EventConnection = ConnectionType('Event', Event);
