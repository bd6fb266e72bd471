/**
 * The project's public format (docs/format.md) as JSON Schemas (docs/schema/, draft 2020-12),
 * compiled with Ajv. `report` checks every record it reads with them, and the tests check the
 * real outputs of scan, analyze, the popup and the crawl with them: one definition of each shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { projectRoot } from '../extension-build';

export const schemaDir = join(projectRoot, 'docs', 'schema');

export type SchemaName =
  | 'scan-result' | 'scan-output' | 'crawl-line' | 'crawl-meta' | 'findings-export' | 'analysis' | 'policy-facts' | 'report-tables';

let ajv: Ajv2020 | null = null;
const compiled = new Map<string, ValidateFunction>();

/** A compiled validator for docs/schema/<name>.schema.json (and every schema it refers to). */
export function schemaValidator(name: SchemaName): ValidateFunction {
  return validatorOf(`${name}.schema.json`);
}

/** A validator for one row of a flattened table (docs/schema/report-tables.schema.json). */
export function tableRowValidator(table: string): ValidateFunction {
  return validatorOf(`report-tables.schema.json#/$defs/${table}`);
}

function validatorOf(ref: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
    for (const file of readdirSync(schemaDir).filter((entry) => entry.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object);
    }
  }
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema ${ref} in ${schemaDir}`);
    compiled.set(ref, validate);
  }
  return validate;
}

export { describeSchemaError } from '../../lib/report/schema-error';
