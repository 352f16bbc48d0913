/**
 * Threat references (CWE, CAPEC, OWASP pages, free text) and where each one can be read. Only
 * http(s) addresses are ever produced, so a reference can never become a script link.
 */
import { safeHttpUrl } from './escape';

/**
 * The address to read a reference at, or null when there is none: CWE and CAPEC ids point to
 * MITRE's pages, an http(s) address is itself, anything else stays plain text.
 *
 * @example referenceUrl('CWE-639') // 'https://cwe.mitre.org/data/definitions/639.html'
 */
export function referenceUrl(reference: string): string | null {
  const cwe = /^CWE-(\d{1,6})$/i.exec(reference.trim());
  if (cwe) return `https://cwe.mitre.org/data/definitions/${cwe[1]}.html`;
  const capec = /^CAPEC-(\d{1,6})$/i.exec(reference.trim());
  if (capec) return `https://capec.mitre.org/data/definitions/${capec[1]}.html`;
  return safeHttpUrl(reference);
}
