/**
 * The engine keeps every user-facing message in src/engine/messages.ts. This scan reads each other
 * engine file and fails when text is written inline where a message goes: the second argument of
 * `fail(`, the value of a `message` or `reason` property, or a `warnings.push(` argument.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src/engine');
const MESSAGES_FILE = join(ROOT, 'messages.ts');

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? engineFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Text that reads as words to a person (two words in a row), not a field path such as 'market.r'. */
const WORDS = /[A-Za-z]+ +[A-Za-z(]/;

/** The inline literal texts found in an expression in a message position. */
function inlineTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return WORDS.test(node.text) ? [node.text] : [];
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    return [...(WORDS.test(parts) ? [node.getText()] : []), ...node.templateSpans.flatMap((s) => inlineTexts(s.expression))];
  }
  if (ts.isParenthesizedExpression(node)) return inlineTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...inlineTexts(node.whenTrue), ...inlineTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...inlineTexts(node.left), ...inlineTexts(node.right)];
  return [];
}

/** Every message-position expression in a source file. */
function messagePositions(source: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'fail' && node.arguments[1]) found.push(node.arguments[1]);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'push' && /warnings$/i.test(callee.expression.getText(source))) found.push(...node.arguments);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'message' || node.name.text === 'reason')) found.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function inlineMessages(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return messagePositions(source).flatMap((n) => inlineTexts(n).map((t) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${t}`));
}

describe('engine messages live in one module', () => {
  it('finds an inline message in each message position (the scan can fail)', () => {
    const sample = [
      "fail('x', 'Enter a value.');",
      "errors.push({ field: 'x', message: `Enter ${n} values.` });",
      "warnings.push(ok ? Messages.a : 'Only a few returns.');",
      "return { kind: 'issue', reason: 'missing column(s)' };",
    ].join('\n');
    expect(inlineMessages('sample.ts', sample)).toHaveLength(4);
    expect(inlineMessages('sample.ts', "fail('market.r', Messages.simpleRate); fail(`${field}.${i}`, M.x(n));")).toEqual([]);
  });

  it('no engine file outside messages.ts writes a message inline', () => {
    const files = engineFiles(ROOT).filter((f) => f !== MESSAGES_FILE);
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((f) => inlineMessages(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
