import { describe, expect, it } from 'vitest';

import { referenceLink, safeHttpUrl } from '../../../../renderer/features/threats/references';

describe('references', () => {
  describe('referenceLink()', () => {
    it('links CWE, CAPEC and OWASP API Top 10 2023 ids to their pages', () => {
      expect(referenceLink('CWE-639').href).toBe('https://cwe.mitre.org/data/definitions/639.html');
      expect(referenceLink('CAPEC-151').href).toBe(
        'https://capec.mitre.org/data/definitions/151.html',
      );
      expect(referenceLink('API1:2023').href).toBe(
        'https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/',
      );
      expect(referenceLink('API10:2023').href).toContain('0xaa-unsafe-consumption-of-apis');
    });

    it('keeps plain text unlinked', () => {
      expect(referenceLink('Internal review 2024').href).toBeNull();
    });

    it('never links a javascript: or file: reference', () => {
      expect(referenceLink('javascript:alert(1)').href).toBeNull();
      expect(referenceLink('file:///etc/passwd').href).toBeNull();
    });
  });

  describe('safeHttpUrl()', () => {
    it('accepts http and https only', () => {
      expect(safeHttpUrl('https://tracker.example/T-1')).toBe('https://tracker.example/T-1');
      expect(safeHttpUrl('ftp://x')).toBeNull();
      expect(safeHttpUrl('https://')).toBeNull();
    });
  });
});
