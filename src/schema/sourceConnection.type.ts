// A page of sources.
import { ConnectionType } from './connection';
import { Source } from './source.type';

export const SourceConnection = ConnectionType('Source', Source);
