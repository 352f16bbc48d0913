/**
 * Finds where JSON text stops being valid. Only used after `JSON.parse` has failed, because the
 * engine's own message does not always carry a position; a small scanner that walks the grammar
 * gives one every time, so the user is told the line and column to look at.
 */

/** The offset of the first character that breaks the JSON grammar, or the text's length. */
export function locateJsonError(text: string): number {
  let i = 0;

  const fail = (): never => {
    throw new JsonErrorAt(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (literal: string): void => {
    if (text.startsWith(literal, i)) i += literal.length;
    else fail();
  };
  const string = (): void => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    expect('"');
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += (match as RegExpExecArray)[0].length;
  };
  // An explicit stack instead of recursion, so deeply nested input cannot overflow.
  const value = (): void => {
    const stack: string[] = [];
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
        } else {
          stack.push(c);
          if (c === '{') {
            string();
            skipSpace();
            expect(':');
          }
          continue;
        }
      } else if (c === '"') string();
      else if (c === 't') expect('true');
      else if (c === 'f') expect('false');
      else if (c === 'n') expect('null');
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
      else fail();

      for (;;) {
        const open = stack.at(-1);
        if (open === undefined) return;
        skipSpace();
        if (text[i] === ',') {
          i++;
          if (open === '{') {
            skipSpace();
            string();
            skipSpace();
            expect(':');
          }
          break;
        }
        expect(open === '{' ? '}' : ']');
        stack.pop();
      }
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return text.length;
  } catch (error) {
    if (error instanceof JsonErrorAt) return error.offset;
    throw error;
  }
}

class JsonErrorAt {
  constructor(readonly offset: number) {}
}
