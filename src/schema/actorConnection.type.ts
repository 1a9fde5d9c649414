// A page of actors.
import { Actor } from './actor.type';
import { ConnectionType } from './connection';

export const ActorConnection = ConnectionType('Actor', Actor);
