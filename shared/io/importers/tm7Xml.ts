/**
 * Reading a Threat Modeling Tool `.tm7` file as XML, safely. Declarations are refused before any
 * parsing so that no entity can be defined, let alone expanded; the embedded template (most of
 * the file's bytes: icons and threat rules) is cut out first because nothing in the model needs
 * it; and nesting is counted before the parser sees the text.
 */
import { XMLParser } from 'fast-xml-parser';

import { fail, problem, type Result } from '../../result';
import { copyPlain } from './parseInput';

const MAX_XML_DEPTH = 256;

/** Elements that are lists even when a file happens to hold just one. */
const LIST_ELEMENTS = new Set([
  'DrawingSurfaceModel',
  'KeyValueOfguidanyType',
  'KeyValueOfstringThreatpc_P0_PhOB',
  'KeyValueOfstringstring',
  'anyType',
  'string',
]);

/** Parses `.tm7` text into plain data (namespace prefixes dropped). Never throws. */
export function parseTm7Xml(text: string): Result<unknown> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return fail([
      problem(
        'import/xml-declarations',
        'The file declares a DOCTYPE or entities, which Threat Modeling Tool files never do and ' +
          'which can be used to attack a reader. It was not opened; check where it came from.',
      ),
    ]);
  }

  const trimmed = withoutKnowledgeBase(text);
  if (xmlDepth(trimmed, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    return fail([
      problem(
        'import/too-deep',
        `The file nests elements more than ${MAX_XML_DEPTH} levels deep, which no model needs. ` +
          'It may be damaged or crafted; check where it came from.',
      ),
    ]);
  }

  let parsed: unknown;
  try {
    const parser = new XMLParser({
      removeNSPrefix: true,
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: false,
      isArray: (name) => LIST_ELEMENTS.has(name),
    });
    parsed = parser.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail([
      problem(
        'import/syntax',
        `The file is not well-formed XML (${detail}). Check that it is complete.`,
      ),
    ]);
  }
  return copyPlain(parsed);
}

/** The text without the `<KnowledgeBase>` element, when it has one. */
function withoutKnowledgeBase(text: string): string {
  const start = text.indexOf('<KnowledgeBase');
  const endTag = '</KnowledgeBase>';
  const end = text.lastIndexOf(endTag);
  if (start < 0 || end < start) return text;
  return text.slice(0, start) + text.slice(end + endTag.length);
}

/** The deepest element nesting, counted from the tags; stops once past `stopAt`. */
export function xmlDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x2f)
      depth--; // </
    else if (next !== 0x3f && next !== 0x21) {
      // not <? or <!; an element opens unless it closes itself
      const close = text.indexOf('>', i);
      if (close < 0) break;
      if (text.charCodeAt(close - 1) !== 0x2f) {
        depth++;
        if (depth > deepest) {
          deepest = depth;
          if (deepest > stopAt) return deepest;
        }
      }
    }
  }
  return deepest;
}
