/**
 * The IATI 2.03 schemas (vendored in @ssc/contract's `iati/`, CC BY 4.0) checked by libxml2
 * compiled to WebAssembly (xmllint-wasm): nothing to install, no network. The import checks
 * each batch with it; the tests check every file the federation writes.
 */
import { readFileSync } from 'node:fs';
import { IATI_SCHEMA_DIR } from '@ssc/contract';
import { validateXML, type XMLValidationError } from 'xmllint-wasm';

type Kind = 'activities' | 'organisations';
const schemas = new Map<Kind, { main: string; preload: { fileName: string; contents: string }[] }>();
const schemaFile = (name: string) => readFileSync(new URL(name, IATI_SCHEMA_DIR), 'utf8');

/** libxml2's findings on a document (`kind` picks the activity or the organisation schema), each with its line. */
export async function schemaErrors(xml: string, kind: Kind = 'activities'): Promise<readonly XMLValidationError[]> {
  let schema = schemas.get(kind);
  if (!schema) {
    schema = {
      main: schemaFile(`iati-${kind}-schema.xsd`),
      preload: ['iati-common.xsd', 'xml.xsd'].map((fileName) => ({ fileName, contents: schemaFile(fileName) })),
    };
    schemas.set(kind, schema);
  }
  const result = await validateXML({
    xml: [{ fileName: `iati-${kind}.xml`, contents: xml }],
    schema: [schema.main],
    preload: schema.preload,
    // 64 KiB pages: 16 MiB to start, growing as a document needs, up to 1 GiB
    initialMemoryPages: 256,
    maxMemoryPages: 16_384,
  });
  return result.errors;
}

/** Whether an IATI file is valid against its schema, and libxml2's messages (line and rule) when not. */
export async function validateIati(xml: string, kind: Kind = 'activities'): Promise<{ valid: boolean; errors: string[] }> {
  const errors = await schemaErrors(xml, kind);
  return { valid: errors.length === 0, errors: errors.map((e) => e.rawMessage) };
}
