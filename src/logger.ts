// The structured JSON logger of the process.
import pino from 'pino';

export function createLogger(level: string) {
  return pino({ level, base: { service: 'conflict-graph' }, timestamp: pino.stdTimeFunctions.isoTime });
}
