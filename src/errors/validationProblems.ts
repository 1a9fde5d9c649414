// Flattens class-validator's nested errors into one line per bad field, so a client sees what to fix.
import type { ValidationError } from 'class-validator';

export interface ValidationProblem {
  field: string;
  message: string;
}

export function validationProblems(errors: readonly ValidationError[], prefix = ''): ValidationProblem[] {
  return errors.flatMap((error) => {
    // Array items come back with their index as the property; dots keep the path readable either way.
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}

export function describeProblems(problems: readonly ValidationProblem[]): string {
  return `Invalid input: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`;
}
