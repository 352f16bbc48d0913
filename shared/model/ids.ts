/**
 * Ids for new things. They are random rather than sequential so that two people adding elements on
 * two branches never mint the same id, which is what lets a three-way merge work by id.
 */
import { ID_PATTERN } from './schema';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The short prefix each kind of thing carries, so an id says what it names. */
export const ID_PREFIXES = {
  model: 'tm',
  diagram: 'dgm',
  externalEntity: 'ent',
  process: 'proc',
  dataStore: 'store',
  dataFlow: 'flow',
  trustBoundary: 'zone',
  mitigation: 'mit',
  manualThreat: 'manual',
  operation: 'op',
} as const;

interface CryptoLike {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const cryptoApi = (globalThis as { crypto?: CryptoLike }).crypto;
  if (cryptoApi) return cryptoApi.getRandomValues(bytes);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** A new id such as `proc_k3x9w2m7q4tz`: the prefix, then 12 random base-36 characters. */
export function newId(prefix: string): string {
  let suffix = '';
  for (const byte of randomBytes(12)) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}

/**
 * Turns an id from another tool into one our schema accepts, keeping it when it already fits so
 * that re-importing an updated file lines up with the previous import. Returns null for input that
 * has nothing usable in it.
 */
export function sanitizeId(raw: string): string | null {
  if (ID_PATTERN.test(raw)) return raw;
  const cleaned = raw
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
  return cleaned.length > 0 ? cleaned : null;
}

/** A threat's id, derived from what produced it, so regenerating finds the same threat again. */
export function threatIdFor(ruleId: string, elementId: string, qualifier = ''): string {
  const base = `${ruleId}:${elementId}`;
  if (qualifier === '') return base.slice(0, 200);
  return `${base}:${stableHash(qualifier)}`.slice(0, 200);
}

/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) as 8 hex digits. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The human form of a threat number: 42 becomes `T-0042`. */
export function formatThreatNumber(number: number): string {
  return `T-${String(number).padStart(4, '0')}`;
}
