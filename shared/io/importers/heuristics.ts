/**
 * Guesses from names, for sources that do not say what kind of thing an element is. Each guess
 * only picks a starting value a person can change in the inspector; none of them is load-bearing.
 */
import type { ElementKind } from '../../model/vocabulary';

export type StoreKind =
  'sql' | 'document' | 'cache' | 'object' | 'queue' | 'log' | 'secrets' | 'file';

export function storeKindFromName(name: string): StoreKind {
  if (/\blogs?\b|audit|journal|siem/i.test(name)) return 'log';
  if (/cache|redis|memcache/i.test(name)) return 'cache';
  if (/queue|topic|\bbus\b|kafka|rabbit|sqs|pub.?sub|event.?hub/i.test(name)) return 'queue';
  if (/secret|vault|\bkms\b|key.?store|\bkeys\b/i.test(name)) return 'secrets';
  if (/bucket|\bs3\b|blob|object|storage|cdn/i.test(name)) return 'object';
  if (/\bfiles?\b|file.?system|\bnfs\b|\bshare\b|disk/i.test(name)) return 'file';
  if (/mongo|document|nosql|cosmos|dynamo|couch|elastic|firestore/i.test(name)) return 'document';
  return 'sql';
}

export type EntityKind = 'person' | 'thirdPartyService' | 'device';

export function entityKindFromName(name: string): EntityKind {
  if (/device|sensor|\biot\b|mobile|phone|android|ios|tablet|car\b|vehicle|camera/i.test(name)) {
    return 'device';
  }
  if (
    /service|\bapi\b|system|server|provider|gateway|bank|partner|\bapp\b|application|backend|idp|sso|webhook|third/i.test(
      name,
    )
  ) {
    return 'thirdPartyService';
  }
  return 'person';
}

/**
 * The DFD kind of a component known only by words (OTM `type`, ids, names): stores for storage
 * words, external entities for clients and people, processes for everything else.
 */
export function nodeKindFromWords(
  words: string,
): Exclude<ElementKind, 'dataFlow' | 'trustBoundary'> {
  const text = words.toLowerCase();
  if (
    /database|\bdb\b|-db\b|\bdb-|sql|postgres|mysql|maria|oracle|mongo|redis|dynamo|cosmos|bucket|\bs3\b|storage|\bstore\b|datastore|queue|kafka|cache|blob|\bfile.?system|warehouse|elastic/.test(
      text,
    )
  ) {
    return 'dataStore';
  }
  if (
    /client|browser|\buser\b|users|person|customer|mobile|device|android|\bios\b|external|actor|human|admin.?user|visitor|partner/.test(
      text,
    )
  ) {
    return 'externalEntity';
  }
  return 'process';
}
