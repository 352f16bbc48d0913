/** The required fields of the OTM schema (otm_schema.json), checked level by level. */
export function otmSchemaErrors(doc: unknown): string[] {
  const errors: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const need = (obj: unknown, keys: string[], where: string): void => {
    if (!isObj(obj)) return void errors.push(`${where} is not an object`);
    for (const key of keys) if (obj[key] === undefined) errors.push(`${where}.${key} is missing`);
  };
  const list = (obj: unknown, key: string): unknown[] =>
    isObj(obj) && Array.isArray(obj[key]) ? obj[key] : [];

  need(doc, ['otmVersion', 'project'], '$');
  need(isObj(doc) ? doc.project : null, ['name', 'id'], '$.project');
  list(doc, 'representations').forEach((r, i) => {
    need(r, ['name', 'id', 'type'], `$.representations[${i}]`);
    if (isObj(r) && r.type === 'diagram') need(r, ['size'], `$.representations[${i}]`);
  });
  list(doc, 'trustZones').forEach((z, i) => {
    need(z, ['id', 'name', 'risk'], `$.trustZones[${i}]`);
    need(isObj(z) ? z.risk : null, ['trustRating'], `$.trustZones[${i}].risk`);
    list(z, 'representations').forEach((r, j) =>
      need(r, ['representation', 'id'], `$.trustZones[${i}].representations[${j}]`),
    );
  });
  const instances = (owner: unknown, where: string): void =>
    list(owner, 'threats').forEach((t, j) => {
      need(t, ['threat', 'state'], `${where}.threats[${j}]`);
      list(t, 'mitigations').forEach((m, k) =>
        need(m, ['mitigation', 'state'], `${where}.threats[${j}].mitigations[${k}]`),
      );
    });
  list(doc, 'components').forEach((c, i) => {
    need(c, ['id', 'name', 'type', 'parent'], `$.components[${i}]`);
    const parent = isObj(c) ? c.parent : null;
    if (!isObj(parent) || 'trustZone' in parent === 'component' in parent)
      errors.push(`$.components[${i}].parent must name one trustZone or component`);
    instances(c, `$.components[${i}]`);
  });
  list(doc, 'dataflows').forEach((f, i) => {
    need(f, ['id', 'name', 'source', 'destination'], `$.dataflows[${i}]`);
    instances(f, `$.dataflows[${i}]`);
  });
  list(doc, 'threats').forEach((t, i) => {
    need(t, ['id', 'name', 'risk'], `$.threats[${i}]`);
    need(isObj(t) ? t.risk : null, ['impact'], `$.threats[${i}].risk`);
  });
  list(doc, 'mitigations').forEach((m, i) =>
    need(m, ['id', 'name', 'riskReduction'], `$.mitigations[${i}]`),
  );
  return errors;
}
