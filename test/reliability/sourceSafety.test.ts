// Security: no code in src/ turns data into code. Found with the TypeScript parser rather than
// a text search, so comments and strings that mention eval( are not flagged and odd spacing or
// `globalThis.eval` is not missed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, it, expect } from 'vitest';

const SRC = resolve(__dirname, '../../src');

const isLiteral = (node: ts.Node | undefined): boolean =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

/** The name a call or `new` goes to: `eval` for `eval(…)`, `globalThis.eval(…)` and `globalThis['eval'](…)`. */
function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (ts.isElementAccessExpression(callee) && isLiteral(callee.argumentExpression)) return (callee.argumentExpression as ts.StringLiteral).text;
  if (ts.isParenthesizedExpression(callee)) return calleeName(callee.expression);
  // (0, eval)(…): an indirect eval.
  if (ts.isBinaryExpression(callee) && callee.operatorToken.kind === ts.SyntaxKind.CommaToken) return calleeName(callee.right);
  return undefined;
}

/** Every place in `source` where data could become code, as `line: what`. */
function dynamicCode(source: string, fileName = 'file.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        if (!isLiteral(args[0])) report(node, 'import() of a computed path');
      } else {
        const name = calleeName(node.expression);
        if (name === 'eval') report(node, 'eval');
        if (name === 'Function') report(node, `${ts.isNewExpression(node) ? 'new ' : ''}Function`);
        if (name === 'require' && !isLiteral(args[0])) report(node, 'require() of a computed path');
        if ((name === 'setTimeout' || name === 'setInterval') && args[0] !== undefined && (isLiteral(args[0]) || ts.isTemplateExpression(args[0]))) {
          report(node, `${name} with code in a string`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/u.test(entry.name) ? [path] : [];
  });
}

describe('security: no dynamic code in src/', () => {
  it('the detector finds each forbidden form and allows literal imports, comments and strings', () => {
    const sample = [
      'eval(text);', // 1
      'globalThis.eval(text);', // 2
      "globalThis['eval'](text);", // 3
      '(0, eval)(text);', // 4
      "new Function('a', body);", // 5
      'Function(body)();', // 6
      'require(name);', // 7
      'import(`./${name}.js`);', // 8
      "setTimeout('run()', 10);", // 9
      "require('node:fs'); import('linkedom'); import(`yaml`); evaluate(x); retrieval(y);",
      "// eval(text) and new Function() in a comment; const s = 'eval(x)';",
      'setTimeout(() => run(), 10);',
    ].join('\n');
    expect(dynamicCode(sample)).toEqual([
      '1: eval',
      '2: eval',
      '3: eval',
      '4: eval',
      '5: new Function',
      '6: Function',
      '7: require() of a computed path',
      '8: import() of a computed path',
      '9: setTimeout with code in a string',
    ]);
  });

  it('no file of src/ uses eval, Function, or require/import of a computed path', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => dynamicCode(readFileSync(path, 'utf8'), path).map((hit) => `${relative(SRC, path)}:${hit}`));
    expect(found).toEqual([]);
  });
});
