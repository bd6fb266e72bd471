import type { ErrorObject } from 'ajv';

/**
 * Ajv's first complaint as a short phrase: "/cookies/0/party must be equal to one of the allowed
 * values". Shared by `report` (cli/report/format-schemas.ts) and the dashboard's import, whose
 * validator is compiled from the same schemas at build time.
 */
export function describeSchemaError(errors: readonly ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return 'does not match the format';
  const where = first.instancePath === '' ? 'the record' : first.instancePath;
  const allowed = first.keyword === 'enum' ? ` (${(first.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')})` : '';
  return `${where} ${first.message ?? 'is not valid'}${allowed}`;
}
