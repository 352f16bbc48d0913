/**
 * Which tool wrote a file, from its content alone: file names and extensions lie too often to be
 * trusted. XML is told apart by its root element; JSON and YAML by the keys each format requires.
 */
import { field, keysOf, stringAt } from './read';
import { threatDragonVersion } from './threatDragonImporter';

export const IMPORT_FORMATS = ['threat-dragon', 'otm', 'tm7', 'openapi'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  'threat-dragon': 'Threat Dragon',
  otm: 'Open Threat Model',
  tm7: 'Microsoft Threat Modeling Tool',
  openapi: 'OpenAPI',
};

export type Detection =
  { ok: true; format: ImportFormat; label: string } | { ok: false; message: string };

const SUPPORTED =
  'Gatehouse imports Threat Dragon (v1, v2), Open Threat Model (JSON or YAML), Microsoft Threat ' +
  'Modeling Tool (.tm7) and OpenAPI 3.0/3.1 (JSON or YAML) files.';

/** Whether the text is XML (after any byte-order mark and leading blanks). */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text.slice(0, 1000));
}

/** The format of an XML document, from its root element. */
export function detectXmlFormat(text: string): Detection {
  const head = text.slice(0, 4096);
  const root = /<(?!\?|!)(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
  if (root === 'ThreatModel')
    return { ok: true, format: 'tm7', label: 'Microsoft Threat Modeling Tool (.tm7)' };
  if (root === 'KnowledgeBase') {
    return {
      ok: false,
      message:
        'This is a Threat Modeling Tool template (.tb7), not a model. Open a .tm7 model instead; ' +
        'templates cannot be imported yet.',
    };
  }
  return {
    ok: false,
    message: `This XML file (root element "${root ?? '?'}") is not a model Gatehouse knows. ${SUPPORTED}`,
  };
}

/** The format of parsed JSON or YAML, from the keys that identify each format. */
export function detectStructuredFormat(value: unknown): Detection {
  if (field(value, 'otmVersion') !== undefined) {
    return {
      ok: true,
      format: 'otm',
      label: `Open Threat Model ${stringAt(value, 'otmVersion') ?? ''}`.trim(),
    };
  }
  const openapi = stringAt(value, 'openapi');
  if (openapi !== undefined) {
    if (/^3\.[01]/.test(openapi))
      return { ok: true, format: 'openapi', label: `OpenAPI ${openapi}` };
    return {
      ok: false,
      message: `This is OpenAPI ${openapi}; Gatehouse reads OpenAPI 3.0 and 3.1. Convert the spec first.`,
    };
  }
  if (field(value, 'swagger') !== undefined) {
    return {
      ok: false,
      message:
        'This is a Swagger 2.0 spec. Convert it to OpenAPI 3 (for example with swagger2openapi or ' +
        'the Swagger Editor), then import it again.',
    };
  }
  const tdVersion = threatDragonVersion(value);
  if (tdVersion !== null)
    return { ok: true, format: 'threat-dragon', label: `Threat Dragon v${tdVersion}` };
  if (
    /threat-model-library/i.test(stringAt(value, '$schema') ?? '') ||
    field(value, 'bomFormat') !== undefined
  ) {
    return {
      ok: false,
      message:
        'This is an OWASP Threat Model Library or CycloneDX threat model, which Gatehouse cannot import yet. Export it as Open Threat Model instead.',
    };
  }
  const keys = keysOf(value).slice(0, 6);
  const seen =
    keys.length > 0 ? ` (its top-level keys are ${keys.map((k) => `"${k}"`).join(', ')})` : '';
  return {
    ok: false,
    message: `This file is not a format Gatehouse recognises${seen}. ${SUPPORTED}`,
  };
}
