/** Scans markup for what hostile text must never become: tags, event handlers, script links. */

export interface MarkupTag {
  name: string;
  attributes: Array<{ name: string; value: string }>;
}

/** Every tag in HTML or SVG text, with its attributes (a tokenizer for well-formed output). */
export function tagsOf(markup: string): MarkupTag[] {
  const tags: MarkupTag[] = [];
  for (const match of markup.matchAll(
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g,
  )) {
    const attributes = [...(match[2] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: (a[1] ?? '').toLowerCase(),
      value: a[2] ?? '',
    }));
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** Problems found: unexpected tags, event attributes, links that are not http(s) or in-page. */
export function unsafeMarkup(markup: string, allowedTags: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const tag of tagsOf(markup)) {
    if (!allowedTags.has(tag.name)) problems.push(`tag <${tag.name}>`);
    for (const attribute of tag.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`attribute ${attribute.name}`);
      if (['href', 'src', 'xlink:href', 'action'].includes(attribute.name)) {
        if (!/^(https?:\/\/|#)/i.test(attribute.value)) {
          problems.push(`${attribute.name}="${attribute.value}"`);
        }
      }
    }
  }
  // Anything that looks like a tag opening, outside the tags the tokenizer accepted.
  if (/<(script|iframe|img|object|embed|foreignobject)\b/i.test(markup)) {
    problems.push('raw dangerous tag text');
  }
  return problems;
}
