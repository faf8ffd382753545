/**
 * Validates IATI 2.03 files against the vendored XSDs (`IATI_SCHEMA_DIR` of `@ssc/contract`) with libxml2's
 * xmllint compiled to WebAssembly: nothing to install, no network.
 */
import { readFileSync } from 'node:fs';
import { IATI_SCHEMA_DIR } from '@ssc/contract';
import { validateXML } from 'xmllint-wasm';

const schemaFile = (name: string) => readFileSync(new URL(name, IATI_SCHEMA_DIR), 'utf8');

export interface XsdResult {
  valid: boolean;
  /** libxml2's messages, each naming the line and the rule broken. */
  errors: string[];
}

/** Checks an activity file (`activities`) or an organisation file (`organisations`) against its schema. */
export async function validateIati(xml: string, kind: 'activities' | 'organisations' = 'activities'): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: `iati-${kind}.xml`, contents: xml }],
    schema: [schemaFile(`iati-${kind}-schema.xsd`)],
    preload: [
      { fileName: 'iati-common.xsd', contents: schemaFile('iati-common.xsd') },
      { fileName: 'xml.xsd', contents: schemaFile('xml.xsd') },
    ],
    // an export of thousands of activities needs more than the default 16 MiB
    initialMemoryPages: 4_096,
    maxMemoryPages: 32_768,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
