import { describe, expect, it } from 'vitest';

import { importOpenApi } from '../../../../../shared/io/importers/openapi/openApiImporter';
import { parseStructuredText } from '../../../../../shared/io/importers/parseInput';
import type { ProcessElement, ThreatModel } from '../../../../../shared/model/types';
import { fixtureText } from '../../../../support/fixtures';
import { countModel } from '../../../../support/modelCounts';
import { HOSTILE_INPUT_DEADLINE_MS } from '../../../../support/deadlines';

const NOW = new Date('2026-01-01T00:00:00Z');

function importSpec(value: unknown) {
  const result = importOpenApi(value, { now: NOW });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { model: result.value.model, warnings: result.warnings };
}

function importFixture(file: string) {
  const parsed = parseStructuredText(fixtureText(file));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return importSpec(parsed.value);
}

function processes(model: ThreatModel): ProcessElement[] {
  return model.diagrams
    .flatMap((d) => d.elements)
    .filter((e): e is ProcessElement => e.kind === 'process');
}

function operationsOf(model: ThreatModel) {
  return processes(model).flatMap((p) => p.properties.operations);
}

describe('openApiImporter', () => {
  describe('importOpenApi()', () => {
    it.each([
      ['openapi/owasp-crapi.openapi.json', 44, 3],
      ['openapi/swagger-petstore-v3.openapi.yaml', 19, 3],
      ['openapi/vampi.openapi.yaml', 14, 4],
      ['openapi/uspto.openapi.yaml', 3, 2],
    ])(
      'keeps every operation of %s on a service (%i operations, %i services)',
      (file, operations, services) => {
        const { model } = importFixture(file);
        expect(operationsOf(model)).toHaveLength(operations);
        expect(processes(model).filter((p) => p.properties.technology === 'service')).toHaveLength(
          services,
        );
        expect(processes(model).filter((p) => p.properties.technology === 'gateway')).toHaveLength(
          1,
        );
      },
    );

    it('draws clients per security scheme and anonymous callers for public operations', () => {
      const { model } = importFixture('openapi/swagger-petstore-v3.openapi.yaml');
      const names = model.diagrams[0]?.elements
        .filter((e) => e.kind === 'externalEntity')
        .map((e) => e.name);
      expect(names).toEqual(
        expect.arrayContaining(['Signed-in user (OAuth 2)', 'API key client', 'Anonymous client']),
      );
      expect(countModel(model).zones).toBe(2);
    });

    it('records servers with their environment and the security schemes on the gateway', () => {
      const { model } = importFixture('openapi/swagger-petstore-v3.openapi.yaml');
      const gateway = processes(model).find((p) => p.properties.technology === 'gateway');
      expect(gateway?.properties.servers).toEqual([
        { url: 'https://petstore3.swagger.io/api/v3', description: '', environment: 'production' },
      ]);
      expect(gateway?.properties.securitySchemes.map((s) => s.type).sort()).toEqual([
        'apiKey',
        'oauth2',
      ]);
      expect(gateway?.properties.exposure).toBe('internet');
      const flows = model.diagrams[0]?.elements.filter((e) => e.kind === 'dataFlow') ?? [];
      expect(flows.some((f) => f.kind === 'dataFlow' && f.properties.protocol === 'HTTPS')).toBe(
        true,
      );
    });

    it('keeps parameters, effective security, scopes and flattened bodies', () => {
      const { model } = importFixture('openapi/swagger-petstore-v3.openapi.yaml');
      const getPet = operationsOf(model).find((op) => op.operationId === 'getPetById');
      expect(getPet).toMatchObject({ method: 'get', path: '/pet/{petId}', deprecated: false });
      expect(getPet?.parameters[0]).toMatchObject({
        name: 'petId',
        in: 'path',
        type: 'integer',
        format: 'int64',
        required: true,
      });
      expect(getPet?.security).toEqual([
        { schemes: ['api_key'], scopes: [] },
        { schemes: ['petstore_auth'], scopes: ['write:pets', 'read:pets'] },
      ]);
      expect(getPet?.responseFields.map((f) => f.path)).toContain('category.name');
      const login = operationsOf(model).find((op) => op.operationId === 'loginUser');
      expect(login?.security).toBeNull();
    });

    it('treats an explicit empty security list as a public operation', () => {
      const { model } = importFixture('openapi/owasp-crapi.openapi.json');
      const signup = operationsOf(model).find((op) => op.path === '/identity/api/auth/signup');
      expect(signup?.security).toEqual([]);
      expect(signup?.requestFields.map((f) => f.path)).toEqual(
        expect.arrayContaining(['email', 'password']),
      );
    });

    it('groups hierarchical tags by their first level', () => {
      const { model } = importFixture('openapi/owasp-crapi.openapi.json');
      const services = processes(model)
        .filter((p) => p.properties.technology === 'service')
        .map((p) => p.name);
      expect(services.sort()).toEqual([
        'Community service',
        'Identity service',
        'Workshop service',
      ]);
    });

    it('groups by path prefix when operations have no tags', () => {
      const spec = {
        openapi: '3.1.0',
        info: { title: 'Shop', version: '1' },
        servers: [{ url: 'https://staging.shop.example' }, { url: 'https://api.shop.example' }],
        paths: {
          '/v1/orders': { get: {}, post: { deprecated: true } },
          '/v1/orders/{id}': {
            get: {
              parameters: [
                { name: 'id', in: 'path', schema: { type: ['integer', 'null'], maximum: 10 } },
              ],
            },
          },
          '/v1/users': { get: {} },
        },
      };
      const { model } = importSpec(spec);
      expect(
        processes(model)
          .filter((p) => p.properties.technology === 'service')
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Orders service', 'Users service']);
      const byId = operationsOf(model).find((op) => op.path === '/v1/orders/{id}');
      expect(byId?.parameters[0]).toMatchObject({ type: 'integer', maximum: 10 });
      expect(operationsOf(model).find((op) => op.method === 'post')?.deprecated).toBe(true);
      expect(
        model.diagrams[0]?.elements.filter((e) => e.kind === 'trustBoundary').map((e) => e.name),
      ).toEqual(expect.arrayContaining(['Staging', 'Public API']));
    });

    it('resolves local references and reports remote ones without fetching', () => {
      const spec = {
        openapi: '3.0.3',
        info: { title: 'Refs', version: '1' },
        paths: {
          '/a': { $ref: '#/components/pathItems/a' },
          '/b': {
            get: {
              responses: {
                '200': {
                  content: {
                    'application/json': { schema: { $ref: 'https://example.com/schema.json' } },
                  },
                },
              },
            },
          },
        },
        components: {
          pathItems: {
            a: {
              post: {
                requestBody: {
                  content: {
                    'application/json': { schema: { $ref: '#/components/schemas/Node' } },
                  },
                },
              },
            },
          },
          schemas: {
            Node: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                child: { $ref: '#/components/schemas/Node' },
              },
            },
          },
        },
      };
      const { model, warnings } = importSpec(spec);
      const post = operationsOf(model).find((op) => op.path === '/a');
      expect(post?.requestFields.map((f) => f.path)).toEqual(['name']);
      expect(warnings.map((w) => w.code)).toContain('import/remote-ref');
    });

    it('refuses a $ref loop quickly with a message', () => {
      const spec = {
        openapi: '3.0.0',
        info: { title: 'Loop', version: '1' },
        paths: {
          '/x': {
            get: {
              responses: {
                '200': {
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
                },
              },
            },
          },
        },
        components: {
          schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
        },
      };
      const started = performance.now();
      const result = importOpenApi(spec);
      expect(performance.now() - started).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
      expect(!result.ok && result.errors[0]?.code).toBe('import/ref-loop');
    });

    it('refuses references that expand exponentially', () => {
      const schemas: Record<string, unknown> = { L0: { type: 'string' } };
      for (let i = 1; i <= 30; i++) {
        schemas[`L${i}`] = {
          type: 'object',
          properties: Object.fromEntries(
            Array.from({ length: 4 }, (_, k) => [
              `p${k}`,
              { $ref: `#/components/schemas/L${i - 1}` },
            ]),
          ),
        };
      }
      const spec = {
        openapi: '3.0.0',
        info: { title: 'Bomb', version: '1' },
        paths: {
          '/x': {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/L30' } } },
              },
            },
          },
        },
        components: { schemas },
      };
      const started = performance.now();
      const result = importOpenApi(spec);
      expect(performance.now() - started).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
      // Field and depth caps stop the walk early, so the import may succeed with a bounded result.
      if (result.ok)
        expect(operationsOf(result.value.model)[0]?.requestFields.length).toBeLessThanOrEqual(500);
      else expect(result.errors[0]?.code).toBe('import/ref-budget');
    });

    it('refuses a document that is not OpenAPI 3', () => {
      expect(importOpenApi({ swagger: '2.0' }).ok).toBe(false);
    });
  });
});
