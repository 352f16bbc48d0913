/** What kind of data field names suggest, for flows' data tags and stores' flags. */
import type { ApiOperation } from '../../../model/types';

type DataTag = 'pii' | 'credentials' | 'payment' | 'health';

const PATTERNS: ReadonlyArray<[DataTag, RegExp]> = [
  ['credentials', /password|passwd|secret|token|api_?key|\botp\b|\bpin\b|credential|private_?key/i],
  ['payment', /card|cvv|cvc|iban|payment|billing|\bbank/i],
  ['health', /health|medical|diagnos|blood|prescription|patient/i],
  [
    'pii',
    /e_?mail|phone|mobile|address|first_?name|last_?name|full_?name|birth|\bdob\b|ssn|passport|national_?id|gender|location|latitude|longitude|postcode|zip_?code|username/i,
  ],
];

/** Data tags suggested by the fields and parameters of some operations. */
export function dataTagsOf(operations: readonly ApiOperation[]): DataTag[] {
  const names: string[] = [];
  for (const op of operations) {
    for (const f of op.requestFields) names.push(f.path);
    for (const f of op.responseFields) names.push(f.path);
    for (const p of op.parameters) names.push(p.name);
    names.push(op.path);
  }
  return PATTERNS.filter(([, pattern]) => names.some((name) => pattern.test(name))).map(
    ([tag]) => tag,
  );
}

export function classificationOf(
  tags: readonly DataTag[],
): 'internal' | 'confidential' | 'restricted' {
  if (tags.includes('credentials') || tags.includes('payment') || tags.includes('health'))
    return 'restricted';
  if (tags.includes('pii')) return 'confidential';
  return 'internal';
}
