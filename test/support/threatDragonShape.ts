/**
 * The checks of Threat Dragon's v2 schema that a file must pass to open there: required keys and
 * their types at each level, written out from the schema's `required` lists.
 */
export function threatDragonSchemaErrors(file: unknown): string[] {
  const errors: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const need = (obj: unknown, keys: string[], where: string): void => {
    if (!isObj(obj)) {
      errors.push(`${where} is not an object`);
      return;
    }
    for (const key of keys) if (!(key in obj)) errors.push(`${where}.${key} is missing`);
  };

  need(file, ['version', 'summary', 'detail'], '$');
  if (!isObj(file)) return errors;
  if (typeof file.version !== 'string' || file.version.length > 10)
    errors.push('$.version must be a short string');
  need(file.summary, ['title'], '$.summary');
  need(
    file.detail,
    ['contributors', 'diagrams', 'diagramTop', 'reviewer', 'threatTop'],
    '$.detail',
  );
  const detail = file.detail as Record<string, unknown>;
  const diagrams = Array.isArray(detail.diagrams) ? detail.diagrams : [];
  diagrams.forEach((diagram, d) => {
    const where = `$.detail.diagrams[${d}]`;
    need(diagram, ['diagramType', 'id', 'thumbnail', 'title', 'version'], where);
    const cells = isObj(diagram) && Array.isArray(diagram.cells) ? diagram.cells : [];
    cells.forEach((cell, c) => {
      const at = `${where}.cells[${c}]`;
      need(cell, ['id', 'shape', 'zIndex'], at);
      if (!isObj(cell)) return;
      if (!Number.isInteger(cell.zIndex)) errors.push(`${at}.zIndex must be an integer`);
      need(cell.data, ['hasOpenThreats', 'type'], `${at}.data`);
      if (
        isObj(cell.size) &&
        ((cell.size.width as number) < 10 || (cell.size.height as number) < 10)
      )
        errors.push(`${at}.size below 10`);
      for (const end of ['source', 'target']) {
        const value = cell[end];
        if (
          isObj(value) &&
          'x' in value &&
          (!Number.isInteger(value.x) || !Number.isInteger(value.y))
        )
          errors.push(`${at}.${end} must have integer x and y`);
      }
      const line = isObj(cell.attrs) && isObj(cell.attrs.line) ? cell.attrs.line : null;
      if (line && !('targetMarker' in line))
        errors.push(`${at}.attrs.line.targetMarker is missing`);
      const threats = isObj(cell.data) && Array.isArray(cell.data.threats) ? cell.data.threats : [];
      threats.forEach((threat, t) =>
        need(
          threat,
          ['description', 'mitigation', 'severity', 'status', 'title', 'type'],
          `${at}.data.threats[${t}]`,
        ),
      );
    });
  });
  return errors;
}
