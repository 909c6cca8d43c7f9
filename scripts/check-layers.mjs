#!/usr/bin/env node
/**
 * The layering check (part of npm test): imports must run one way, engine -> domain -> view -> canvas,
 * with the base modules (lib/wire, lib/errors) below everything. Reads every non-test source file's
 * static imports (`import … from`, `export … from`, `import('…')`), resolves relative and `@/` paths,
 * and fails naming each import that breaks a rule below. Test files and __fixtures__ are left out: a
 * test may reach wherever it needs.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCES = ['lib', 'components', 'app', 'proxy.ts', 'instrumentation.ts'];

/** layer -> the layers it may import (itself always). Anything not listed is not a layer and not checked. */
const MAY_IMPORT = {
  'lib/wire': [],
  'lib/errors': [],
  'lib/topology': ['lib/wire', 'lib/errors'],
  // Presentation of the domain as docker CLI lines (shell quoting, -H/--context): shown by panels, dialogs and the doctor's fixes.
  'lib/cli': ['lib/topology'],
  'lib/analysis': ['lib/topology', 'lib/cli', 'lib/wire', 'lib/errors'],
  'lib/graph': ['lib/topology', 'lib/analysis', 'lib/cli', 'lib/errors'],
  'lib/engine': ['lib/topology', 'lib/analysis', 'lib/wire', 'lib/errors'],
  // The request and answer contracts (zod schemas, result types): shared by the routes and the browser.
  'lib/api/schemas': ['lib/topology', 'lib/analysis', 'lib/errors'],
  'lib/usecases': ['lib/engine', 'lib/api/schemas', 'lib/topology', 'lib/analysis', 'lib/wire', 'lib/errors'],
  // Server-side HTTP: the gate, responses, the event stream.
  'lib/api': ['lib/api/schemas', 'lib/engine', 'lib/usecases', 'lib/topology', 'lib/analysis', 'lib/graph', 'lib/wire', 'lib/errors'],
  // Browser-side calls of the API (fetchers, actions with undo, the CLI line of each).
  'lib/client': ['lib/api/schemas', 'lib/topology', 'lib/analysis', 'lib/graph', 'lib/cli', 'lib/errors'],
  components: ['lib/client', 'lib/api/schemas', 'lib/topology', 'lib/analysis', 'lib/graph', 'lib/cli', 'lib/errors'],
};
/** Imports forbidden to a layer whatever the table says, with the reason shown. */
const NEVER = [
  { from: 'components', to: 'lib/engine', why: 'components run in the browser; the engine is server-only' },
  { from: 'lib/engine', to: 'lib/api', why: 'the engine adapter knows nothing of HTTP or request schemas' },
  { from: 'lib/engine', to: 'lib/api/schemas', why: 'the engine adapter knows nothing of HTTP or request schemas' },
  { from: 'components', to: 'lib/api', why: 'components run in the browser; lib/api is the server side (use lib/client)' },
  { from: 'lib/client', to: 'lib/api', why: 'browser code; lib/api is the server side' },
];

/** Packages only one layer may import. */
const ONLY_IN = { dockerode: 'lib/engine', ssh2: 'lib/engine' };

const layerOf = (rel) => Object.keys(MAY_IMPORT).filter((l) => rel === l || rel.startsWith(`${l}/`)).sort((a, b) => b.length - a.length)[0] ?? null;
const isTest = (rel) => /\.test\.tsx?$/.test(rel) || rel.includes('__fixtures__/');

function files(dir) {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [dir];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : files(path.join(dir, e.name))) : /\.(ts|tsx|mts)$/.test(e.name) ? [path.join(dir, e.name)] : []);
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function resolve(fromRel, spec) {
  if (spec.startsWith('@/')) return path.normalize(spec.slice(2));
  if (spec.startsWith('.')) return path.normalize(path.join(path.dirname(fromRel), spec));
  return null; // a package
}

const problems = [];
let checked = 0;
for (const rel of SOURCES.flatMap(files).filter((f) => !isTest(f))) {
  const from = layerOf(rel);
  if (!from) continue;
  checked++;
  const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const target = resolve(rel, spec);
    const owner = ONLY_IN[spec];
    if (owner && from !== owner) problems.push(`${rel}: imports ${spec}: only ${owner} talks to the engine (the thin adapter)`);
    const to = target && layerOf(target);
    if (!to || to === from) continue;
    const never = NEVER.find((n) => n.from === from && n.to === to);
    if (never) problems.push(`${rel}: imports ${spec} (${to}): ${never.why}`);
    else if (!MAY_IMPORT[from].includes(to)) problems.push(`${rel}: imports ${spec}: ${from} may import only ${[...MAY_IMPORT[from]].join(', ') || 'nothing of lib'}`);
  }
}
if (problems.length) {
  console.error(`layering: ${problems.length} import(s) run the wrong way\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`layering: ${checked} files, every import runs one way`);
