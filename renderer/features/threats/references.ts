/**
 * Threat references as links. A reference is stored as text (`CWE-639`, `CAPEC-151`, `API1:2023`,
 * `ASVS V4.2.1`, or an address); this turns the known kinds into their canonical pages and lets
 * through only http(s) addresses, so a `javascript:` or `file:` reference can never be opened.
 */

export interface ReferenceLink {
  /** The text shown, as stored. */
  label: string;
  /** An http(s) address, or null when the reference is plain text. */
  href: string | null;
}

const OWASP_API_2023_PAGES: Readonly<Record<string, string>> = {
  '1': '0xa1-broken-object-level-authorization',
  '2': '0xa2-broken-authentication',
  '3': '0xa3-broken-object-property-level-authorization',
  '4': '0xa4-unrestricted-resource-consumption',
  '5': '0xa5-broken-function-level-authorization',
  '6': '0xa6-unrestricted-access-to-sensitive-business-flows',
  '7': '0xa7-server-side-request-forgery',
  '8': '0xa8-security-misconfiguration',
  '9': '0xa9-improper-inventory-management',
  '10': '0xaa-unsafe-consumption-of-apis',
};

/** An address that may be opened: http or https, and nothing else. */
export function safeHttpUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The link of one reference.
 * @example referenceLink('CWE-639').href // 'https://cwe.mitre.org/data/definitions/639.html'
 */
export function referenceLink(reference: string): ReferenceLink {
  const label = reference.trim();

  const cwe = /^CWE[-\s:]?(\d{1,6})$/i.exec(label);
  if (cwe) return { label, href: `https://cwe.mitre.org/data/definitions/${cwe[1]}.html` };

  const capec = /^CAPEC[-\s:]?(\d{1,6})$/i.exec(label);
  if (capec) return { label, href: `https://capec.mitre.org/data/definitions/${capec[1]}.html` };

  const owasp = /^(?:OWASP\s+)?API(\d{1,2})(?::2023)?\b/i.exec(label);
  const page = owasp ? OWASP_API_2023_PAGES[String(Number(owasp[1]))] : undefined;
  if (page) return { label, href: `https://owasp.org/API-Security/editions/2023/en/${page}/` };

  if (/^ASVS\b/i.test(label))
    return {
      label,
      href: 'https://owasp.org/www-project-application-security-verification-standard/',
    };

  return { label, href: safeHttpUrl(label) };
}
