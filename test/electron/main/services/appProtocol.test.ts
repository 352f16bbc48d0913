import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  appResponseHeaders,
  DESKTOP_CONTENT_SECURITY_POLICY,
  resolveAssetPath,
  servedPage,
} from '../../../../electron/main/services/appProtocol';
import { isAppUrl } from '../../../../electron/main/services/appOrigin';

const ROOT = path.resolve('/opt/gatehouse/renderer');

describe('appProtocol', () => {
  describe('resolveAssetPath()', () => {
    it('maps app addresses to files of the bundle', () => {
      expect(resolveAssetPath(ROOT, 'app://gatehouse/')).toBe(path.join(ROOT, 'index.html'));
      expect(resolveAssetPath(ROOT, 'app://gatehouse/assets/index-1.js?x=1')).toBe(
        path.join(ROOT, 'assets/index-1.js'),
      );
    });

    it.each([
      'app://gatehouse/../../etc/passwd',
      'app://gatehouse/%2e%2e/%2e%2e/etc/passwd',
      'app://gatehouse/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://gatehouse/..%5c..%5cwindows%5cwin.ini',
      'app://gatehouse/index.html%00.png',
      'app://gatehouse/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ])('never resolves %s outside the bundle', (url) => {
      const resolved = resolveAssetPath(ROOT, url);
      if (resolved !== null) expect(resolved.startsWith(ROOT + path.sep)).toBe(true);
    });
  });

  describe('appResponseHeaders()', () => {
    it('sends the policy with frame-ancestors, and no sniffing', () => {
      const headers = appResponseHeaders('/x/index.html');
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(headers['Content-Security-Policy']).toContain('script-src app://gatehouse');
      expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-eval|'self'/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    });
  });

  describe('servedPage()', () => {
    it('writes the policy for the app origin into the page', () => {
      const built =
        '<head><meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="script-src \'self\'" /></head>';
      expect(servedPage(built)).toContain(`content="${DESKTOP_CONTENT_SECURITY_POLICY}"`);
      expect(servedPage('<html><head></head></html>')).toContain(DESKTOP_CONTENT_SECURITY_POLICY);
    });
  });
});

describe('appOrigin', () => {
  describe('isAppUrl()', () => {
    it('compares parsed origins, not prefixes', () => {
      expect(isAppUrl('app://gatehouse/index.html#/x')).toBe(true);
      expect(isAppUrl('app://gatehouse.evil.com/')).toBe(false);
      expect(isAppUrl('app://gatehouse:8080/')).toBe(false);
      expect(isAppUrl('https://gatehouse/')).toBe(false);
      expect(isAppUrl('app://report/x.html')).toBe(false);
    });
  });
});
