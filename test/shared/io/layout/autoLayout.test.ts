import { describe, expect, it } from 'vitest';

import { elkGraph } from '../../../../shared/io/layout/autoLayout';
import { MAX_NODE_WIDTH, nameTextWidth } from '../../../../shared/io/layout/labelSize';
import type { NodeElement } from '../../../../shared/model/types';
import { importedFixture } from '../../../support/importedFixture';
import { encloses } from '../../../support/modelCounts';

const SPECS = [
  'openapi/vampi.openapi.yaml',
  'openapi/owasp-crapi.openapi.json',
  'openapi/swagger-petstore-v3.openapi.yaml',
];

function nodesOf(elements: readonly { kind: string }[]): NodeElement[] {
  return elements.filter((e): e is NodeElement => e.kind !== 'dataFlow');
}

describe('io/layout/autoLayout', () => {
  describe('autoLayout()', () => {
    it.each(SPECS)('makes each box of %s wide enough for its name', async (file) => {
      const model = await importedFixture(file);
      for (const node of nodesOf(model.diagrams[0]!.elements)) {
        if (node.kind === 'trustBoundary') continue;
        const box = model.layout.nodes[node.id]!;
        const needed = Math.min(MAX_NODE_WIDTH, nameTextWidth(node.name) + 20);
        expect(box.width, node.name).toBeGreaterThanOrEqual(needed);
      }
    });

    it.each(SPECS)('keeps every member of %s inside its zone', async (file) => {
      const model = await importedFixture(file);
      for (const node of nodesOf(model.diagrams[0]!.elements)) {
        if (node.boundaryId === null) continue;
        const zone = model.layout.nodes[node.boundaryId]!;
        expect(encloses(zone, model.layout.nodes[node.id]!), node.name).toBe(true);
      }
    });

    it('leaves room between the gateway and its services for the widest flow label', async () => {
      const model = await importedFixture('openapi/vampi.openapi.yaml');
      const byName = new Map(
        nodesOf(model.diagrams[0]!.elements).map((n) => [n.name, model.layout.nodes[n.id]!]),
      );
      const gateway = byName.get('VAmPI gateway')!;
      const users = byName.get('Users service')!;
      // "Users operations · HTTP · cleartext" at 10px is about 200 wide in a picture.
      expect(users.x - (gateway.x + gateway.width)).toBeGreaterThan(200);
    });
  });

  describe('elkGraph()', () => {
    it('gives ELK the size of every flow label and a box sized to a long name', async () => {
      const model = await importedFixture('openapi/vampi.openapi.yaml');
      const graph = elkGraph(model.diagrams[0]!);
      const labels = (graph.edges ?? []).flatMap((edge) => edge.labels ?? []);
      expect(labels).toHaveLength(graph.edges?.length ?? -1);
      for (const label of labels) expect(label.width).toBeGreaterThan(100);

      const user = model.diagrams[0]!.elements.find((e) => e.name.startsWith('Authenticated'));
      const box = (graph.children ?? []).find((child) => child.id === user?.id);
      expect(box?.width ?? 0).toBeGreaterThan(200);
    });
  });
});
