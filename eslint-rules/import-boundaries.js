// @ts-check
/**
 * Local ESLint rule: every import points down (ARCHITECTURE.md). Our imports are relative paths with
 * a `.js` suffix, so resolving them needs no resolver: join with the importing file's folder.
 * Options: { zones: [{ target, from, except?, message }] } — paths relative to the repo root;
 * `except` entries are relative to each `from`. A file in `target` may not import from `from`
 * unless the import lies in an `except`. (Written instead of eslint-plugin-import-x, whose resolver
 * dependency breaks `npm ci` here: docs/decisions/001-stack.md.)
 */
import path from 'node:path';

const root = process.cwd();
const norm = (p) =>
  path
    .normalize(p)
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
const within = (file, dir) => {
  const d = norm(dir);
  return file === d || file.startsWith(`${d}/`);
};

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { restricted: '{{message}} ({{target}})' },
  },
  create(context) {
    const zones = context.options[0]?.zones ?? [];
    const file = norm(path.relative(root, context.filename));
    const active = zones.filter((z) => within(file, z.target));
    if (active.length === 0) return {};
    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = norm(path.relative(root, path.resolve(path.dirname(context.filename), source)));
      for (const z of active) {
        for (const from of [z.from].flat()) {
          if (!within(target, from)) continue;
          if ((z.except ?? []).some((e) => within(target, path.join(from, e)))) continue;
          context.report({ node, messageId: 'restricted', data: { message: z.message, target: source } });
        }
      }
    }
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};
