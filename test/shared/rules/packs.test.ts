import { describe, expect, it } from 'vitest';

import type { ThreatModel } from '../../../shared/model/types';
import { builtInRulePacks } from '../../../shared/rules/engine';
import { generateThreats } from '../../../shared/rules/generate';
import { operation as op, ruleWorld, type WorldOptions } from '../../support/ruleWorld';

interface RuleCase {
  rule: string;
  element: string;
  fires: WorldOptions;
  quiet: WorldOptions;
}

const api = (operations: unknown[], extra: Record<string, unknown> = {}): WorldOptions => ({
  api: { operations, ...extra },
});

const CASES: RuleCase[] = [
  // STRIDE: external entities
  {
    rule: 'stride.entity.unauthenticated',
    element: 'ent_client',
    fires: {},
    quiet: { client: { authenticatesItself: true } },
  },
  {
    rule: 'stride.entity.credential-theft',
    element: 'ent_client',
    fires: { client: { authenticatesItself: true } },
    quiet: {},
  },
  {
    rule: 'stride.entity.repudiation',
    element: 'ent_client',
    fires: {},
    quiet: { outOfScope: ['ent_client'] },
  },
  // STRIDE: processes
  {
    rule: 'stride.process.no-authentication',
    element: 'proc_api',
    fires: {},
    quiet: { api: { authentication: 'oauth2' } },
  },
  {
    rule: 'stride.process.weak-authentication',
    element: 'proc_api',
    fires: { api: { authentication: 'apiKey' } },
    quiet: {},
  },
  {
    rule: 'stride.process.token-theft',
    element: 'proc_api',
    fires: { api: { authentication: 'bearer' } },
    quiet: {},
  },
  {
    rule: 'stride.process.unvalidated-input',
    element: 'proc_api',
    fires: {},
    quiet: { api: { validatesInput: true } },
  },
  {
    rule: 'stride.process.parameter-tampering',
    element: 'proc_api',
    fires: {},
    quiet: { without: ['flowIn'] },
  },
  {
    rule: 'stride.process.no-audit-log',
    element: 'proc_api',
    fires: {},
    quiet: { api: { writesAuditLog: true } },
  },
  {
    rule: 'stride.process.audit-log-forgery',
    element: 'proc_api',
    fires: { api: { writesAuditLog: true } },
    quiet: {},
  },
  {
    rule: 'stride.process.error-disclosure',
    element: 'proc_api',
    fires: {},
    quiet: { without: ['flowIn'] },
  },
  {
    rule: 'stride.process.no-rate-limit',
    element: 'proc_api',
    fires: {},
    quiet: { api: { rateLimited: true } },
  },
  {
    rule: 'stride.process.resource-exhaustion',
    element: 'proc_api',
    fires: { api: { rateLimited: true } },
    quiet: {},
  },
  {
    rule: 'stride.process.excess-privilege',
    element: 'proc_api',
    fires: { api: { runsPrivileged: true } },
    quiet: {},
  },
  {
    rule: 'stride.process.missing-authorization',
    element: 'proc_api',
    fires: { api: { authentication: 'bearer' } },
    quiet: { api: { authentication: 'bearer', authorization: 'role' } },
  },
  {
    rule: 'stride.process.code-execution',
    element: 'proc_api',
    fires: {},
    quiet: { without: ['flowIn'] },
  },
  // STRIDE: data stores
  {
    rule: 'stride.store.tampering',
    element: 'store_db',
    fires: {},
    quiet: { store: { storeKind: 'log' } },
  },
  {
    rule: 'stride.store.injection',
    element: 'store_db',
    fires: {},
    quiet: { store: { storeKind: 'cache' } },
  },
  {
    rule: 'stride.store.cleartext-at-rest',
    element: 'store_db',
    fires: { store: { holdsPii: true } },
    quiet: { store: { holdsPii: true, encryptedAtRest: true } },
  },
  {
    rule: 'stride.store.over-broad-read',
    element: 'store_db',
    fires: {},
    quiet: { store: { storeKind: 'log' } },
  },
  {
    rule: 'stride.store.credential-storage',
    element: 'store_db',
    fires: { store: { holdsCredentials: true } },
    quiet: {},
  },
  {
    rule: 'stride.store.unavailable',
    element: 'store_db',
    fires: {},
    quiet: { without: ['flowOut'] },
  },
  {
    rule: 'stride.store.no-backup',
    element: 'store_db',
    fires: {},
    quiet: { store: { backedUp: true } },
  },
  {
    rule: 'stride.store.log-tampering',
    element: 'store_db',
    fires: { store: { storeKind: 'log' } },
    quiet: {},
  },
  {
    rule: 'stride.store.log-sensitive-data',
    element: 'store_db',
    fires: { store: { isAuditLog: true } },
    quiet: {},
  },
  // STRIDE: data flows
  {
    rule: 'stride.flow.cleartext',
    element: 'flow_in',
    fires: { flowIn: { protocol: 'HTTP' } },
    quiet: {},
  },
  {
    rule: 'stride.flow.cleartext-tampering',
    element: 'flow_in',
    fires: { flowIn: { protocol: 'HTTP' } },
    quiet: {},
  },
  {
    rule: 'stride.flow.tls-weakness',
    element: 'flow_in',
    fires: {},
    quiet: { flowIn: { protocol: 'HTTP' } },
  },
  {
    rule: 'stride.flow.tls-termination',
    element: 'flow_in',
    fires: {},
    quiet: { zones: { client: 'app' } },
  },
  {
    rule: 'stride.flow.interruption',
    element: 'flow_in',
    fires: {},
    quiet: { outOfScope: ['flow_in'] },
  },
  // Interactions
  {
    rule: 'interactions.untrusted-input',
    element: 'flow_in',
    fires: {},
    quiet: { zones: { client: 'app' } },
  },
  {
    rule: 'interactions.unauthenticated-crossing',
    element: 'flow_backend',
    fires: { backend: {} },
    quiet: { backend: { authentication: 'mtls' } },
  },
  {
    rule: 'interactions.credentials-crossing',
    element: 'flow_in',
    fires: { flowIn: { dataTags: ['credentials'] } },
    quiet: { flowIn: { dataTags: ['credentials'] }, zones: { client: 'app' } },
  },
  {
    rule: 'interactions.personal-data-crossing',
    element: 'flow_out',
    fires: { flowOut: { dataTags: ['pii'] }, zones: { store: null } },
    quiet: { flowOut: { dataTags: ['pii'] }, zones: { store: 'data' } },
  },
  {
    rule: 'interactions.confidential-to-lower-trust',
    element: 'flow_out',
    fires: { zones: { store: null }, flowOut: { dataClassification: 'confidential' } },
    quiet: { zones: { store: null } },
  },
  {
    rule: 'interactions.direct-store-access',
    element: 'flow_direct',
    fires: { direct: {} },
    quiet: { direct: {}, zones: { store: null } },
  },
  {
    rule: 'interactions.lower-trust-writes-log',
    element: 'flow_out',
    fires: { store: { storeKind: 'log' }, zones: { store: 'data' } },
    quiet: { store: { storeKind: 'log' } },
  },
  {
    rule: 'interactions.queue-from-lower-trust',
    element: 'flow_out',
    fires: { store: { storeKind: 'queue' }, zones: { store: 'data' } },
    quiet: { store: { storeKind: 'queue' } },
  },
  {
    rule: 'interactions.privileged-target',
    element: 'flow_in',
    fires: { api: { runsPrivileged: true } },
    quiet: { api: { runsPrivileged: true }, zones: { client: 'app' } },
  },
  {
    rule: 'interactions.trust-jump',
    element: 'flow_in',
    fires: {},
    quiet: { zones: { client: 'app', api: 'data' } },
  },
  {
    rule: 'interactions.internet-reachable',
    element: 'proc_api',
    fires: {},
    quiet: { zones: { client: 'app' } },
  },
  // OWASP API Security Top 10
  {
    rule: 'api.bola.operation',
    element: 'proc_api',
    fires: api([op('op_get', 'get', '/orders/{orderId}')]),
    quiet: api([op('op_get', 'get', '/orders/{orderId}')], { authorization: 'objectLevel' }),
  },
  {
    rule: 'api.bola.process',
    element: 'proc_api',
    fires: {},
    quiet: { api: { authorization: 'objectLevel' } },
  },
  {
    rule: 'api.auth.public-write',
    element: 'proc_api',
    fires: api([op('op_post', 'post', '/orders', { security: [] })]),
    quiet: api([op('op_post', 'post', '/orders', { security: [{ schemes: ['oauth'] }] })]),
  },
  {
    rule: 'api.auth.brute-force',
    element: 'proc_api',
    fires: api([op('op_login', 'post', '/login')]),
    quiet: api([op('op_login', 'post', '/login')], { rateLimited: true }),
  },
  {
    rule: 'api.auth.key-in-query',
    element: 'proc_api',
    fires: { api: { securitySchemes: [{ name: 'key', type: 'apiKey', in: 'query' }] } },
    quiet: { api: { securitySchemes: [{ name: 'key', type: 'apiKey', in: 'header' }] } },
  },
  {
    rule: 'api.auth.token-validation',
    element: 'proc_api',
    fires: { api: { authentication: 'bearer', exposure: 'internet' } },
    quiet: { api: { authentication: 'bearer' } },
  },
  {
    rule: 'api.bopla.sensitive-response',
    element: 'proc_api',
    fires: api([op('op_me', 'get', '/me', { responseFields: [{ path: 'user.passwordHash' }] })]),
    quiet: api([op('op_me', 'get', '/me', { responseFields: [{ path: 'user.displayName' }] })]),
  },
  {
    rule: 'api.bopla.mass-assignment',
    element: 'proc_api',
    fires: api([op('op_patch', 'patch', '/users/{userId}', { requestFields: [{ path: 'role' }] })]),
    quiet: api([
      op('op_patch', 'patch', '/users/{userId}', { requestFields: [{ path: 'displayName' }] }),
    ]),
  },
  {
    rule: 'api.bopla.unchecked-body',
    element: 'proc_api',
    fires: api([op('op_post', 'post', '/orders', { requestFields: [{ path: 'sku' }] })]),
    quiet: api([op('op_post', 'post', '/orders', { requestFields: [{ path: 'sku' }] })], {
      validatesInput: true,
    }),
  },
  {
    rule: 'api.bopla.record-exposure',
    element: 'proc_api',
    fires: { store: { holdsPii: true } },
    quiet: {},
  },
  {
    rule: 'api.resource.unbounded-page',
    element: 'proc_api',
    fires: api([
      op('op_list', 'get', '/orders', {
        parameters: [{ name: 'limit', in: 'query', type: 'integer' }],
      }),
    ]),
    quiet: api([
      op('op_list', 'get', '/orders', {
        parameters: [{ name: 'limit', in: 'query', type: 'integer', maximum: 100 }],
      }),
    ]),
  },
  {
    rule: 'api.resource.upload',
    element: 'proc_api',
    fires: api([
      op('op_upload', 'post', '/files', { requestFields: [{ path: 'file', format: 'binary' }] }),
    ]),
    quiet: api([op('op_upload', 'post', '/files', { requestFields: [{ path: 'fileName' }] })]),
  },
  {
    rule: 'api.resource.paid-calls',
    element: 'proc_api',
    fires: { vendor: {}, vendorName: 'SMS gateway' },
    quiet: { vendor: {}, vendorName: 'Shipping vendor' },
  },
  {
    rule: 'api.bfla.admin-operation',
    element: 'proc_api',
    fires: api([op('op_admin', 'get', '/admin/users'), op('op_me', 'get', '/me')]),
    quiet: api([op('op_admin', 'get', '/admin/users')]),
  },
  {
    rule: 'api.bfla.admin-api-roles',
    element: 'proc_api',
    fires: api([op('op_admin', 'get', '/admin/users')]),
    quiet: { ...api([op('op_admin', 'get', '/admin/users')]), client: { trust: 'administrator' } },
  },
  {
    rule: 'api.bfla.unguarded-delete',
    element: 'proc_api',
    fires: api([op('op_delete', 'delete', '/orders/{orderId}')]),
    quiet: api([op('op_delete', 'delete', '/orders/{orderId}')], { authorization: 'role' }),
  },
  {
    rule: 'api.bfla.mixed-scopes',
    element: 'proc_api',
    fires: api([
      op('op_read', 'get', '/a', { security: [{ schemes: ['o'], scopes: ['read'] }] }),
      op('op_write', 'post', '/a', { security: [{ schemes: ['o'], scopes: ['write'] }] }),
    ]),
    quiet: api([
      op('op_read', 'get', '/a', { security: [{ schemes: ['o'], scopes: ['read'] }] }),
      op('op_read2', 'get', '/b', { security: [{ schemes: ['o'], scopes: ['read'] }] }),
    ]),
  },
  {
    rule: 'api.business.automated-flow',
    element: 'proc_api',
    fires: api([op('op_checkout', 'post', '/checkout')]),
    quiet: api([op('op_products', 'get', '/products')]),
  },
  {
    rule: 'api.business.critical-process',
    element: 'proc_api',
    fires: { api: { businessCritical: true, exposure: 'internet' } },
    quiet: { api: { businessCritical: true } },
  },
  {
    rule: 'api.ssrf.url-input',
    element: 'proc_api',
    fires: api([op('op_import', 'post', '/imports', { requestFields: [{ path: 'sourceUrl' }] })]),
    quiet: api([op('op_import', 'post', '/imports', { requestFields: [{ path: 'sourceName' }] })]),
  },
  {
    rule: 'api.misconfig.plain-http-server',
    element: 'proc_api',
    fires: { api: { servers: [{ url: 'http://api.example.com' }] } },
    quiet: { api: { servers: [{ url: 'https://api.example.com' }] } },
  },
  {
    rule: 'api.misconfig.hardening',
    element: 'proc_api',
    fires: { api: { exposure: 'internet' } },
    quiet: {},
  },
  {
    rule: 'api.inventory.deprecated-operation',
    element: 'proc_api',
    fires: api([op('op_old', 'get', '/orders', { deprecated: true })]),
    quiet: api([op('op_old', 'get', '/orders')]),
  },
  {
    rule: 'api.inventory.non-production-server',
    element: 'proc_api',
    fires: { api: { servers: [{ url: 'https://staging.example.com' }] } },
    quiet: { api: { servers: [{ url: 'https://api.example.com' }] } },
  },
  {
    rule: 'api.inventory.multiple-versions',
    element: 'proc_api',
    fires: api([op('op_v1', 'get', '/v1/orders'), op('op_v2', 'get', '/v2/orders')]),
    quiet: api([op('op_v2', 'get', '/v2/orders'), op('op_items', 'get', '/v2/items')]),
  },
  {
    rule: 'api.inventory.undocumented',
    element: 'proc_api',
    fires: { api: { exposure: 'partner' } },
    quiet: api([op('op_a', 'get', '/a')], { exposure: 'partner' }),
  },
  {
    rule: 'api.inventory.third-party-sharing',
    element: 'flow_vendor',
    fires: { flowVendor: { dataTags: ['pii'] } },
    quiet: { flowVendor: {} },
  },
  {
    rule: 'api.consumption.third-party-input',
    element: 'flow_callback',
    fires: { flowCallback: {} },
    quiet: { flowCallback: {}, vendor: { entityKind: 'device' } },
  },
  {
    rule: 'api.consumption.spoofed-provider',
    element: 'flow_vendor',
    fires: { vendor: {} },
    quiet: { vendor: { entityKind: 'person' } },
  },
];

function threatsOf(model: ThreatModel) {
  const result = generateThreats(model);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model.threats;
}

function firedOn(model: ThreatModel, rule: string, element: string) {
  return threatsOf(model).filter((t) => t.ruleId === rule && t.elementId === element);
}

describe('rules/packs', () => {
  it('ships at least 60 rules in three packs', () => {
    const packs = builtInRulePacks();
    expect(packs.map((pack) => pack.id)).toEqual(['stride', 'interactions', 'api']);
    expect(packs.reduce((sum, pack) => sum + pack.rules.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it('has a fire and a no-fire case for every built-in rule', () => {
    const ids = builtInRulePacks().flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect(CASES.map((c) => c.rule).sort()).toEqual([...ids].sort());
  });

  it('covers all ten OWASP API Security Top 10 (2023) categories', () => {
    const references = new Set(
      builtInRulePacks()
        .find((pack) => pack.id === 'api')!
        .rules.flatMap((rule) => rule.references),
    );
    for (let n = 1; n <= 10; n++) expect(references).toContain(`API${n}:2023`);
  });

  describe.each(CASES)('$rule', ({ rule, element, fires, quiet }) => {
    it(`fires on ${element} when its condition holds`, () => {
      const found = firedOn(ruleWorld(fires), rule, element);
      expect(found.length).toBeGreaterThan(0);
      for (const threat of found) {
        expect(threat.title).not.toMatch(/\{(element|source|target|operation)\b/);
        expect(threat.title).not.toMatch(/undefined|\[object/);
      }
    });

    it(`does not fire on ${element} when its condition does not hold`, () => {
      expect(firedOn(ruleWorld(quiet), rule, element)).toEqual([]);
    });
  });
});
