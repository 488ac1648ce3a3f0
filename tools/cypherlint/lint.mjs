// cypherlint checks every Cypher statement of graph/neo4jstore with Neo4j's
// own Cypher front end (@neo4j-cypher/language-support, lintCypherQuery:
// syntax, semantic analysis, undeclared parameters, labels, relationship
// types, property keys, functions and procedures, schema paths).
//
// Usage from the repository root:
//
//	npm ci --prefix tools/cypherlint && node tools/cypherlint/lint.mjs [files...]
//
// Without arguments it lints graph/neo4jstore/queries/*.cypher,
// graph/neo4jstore/schema/*.cypher and graph/neo4jstore/neo4jtest/*.cypher.
// Each file holds one statement and starts
// with a // header: a purpose, then the parameters it takes, one a line as
// "//   $name: TYPE, what it is", and (for queries) a "// Returns:" line.
// Only those parameters are declared to the linter for that file, so an
// undeclared parameter is an error, and a declared one the statement does
// not use is reported too. Errors and warnings alike fail the run.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const store = join(root, 'graph', 'neo4jstore');
const cypherVersion = 'CYPHER 5'; // the pinned Neo4j 5 image speaks Cypher 5

// schema.json is written by a Go test from the graph package (labels,
// relationship types, ontology, property keys): one source of truth.
const declared = JSON.parse(readFileSync(join(here, 'schema.json'), 'utf8'));

// The function and procedure signatures of Neo4j 5 as the package records
// them. Every built-in function is declared; of the procedures only those
// the store is meant to call, so anything else (APOC, ...) is an error.
const catalog = testData.mockSchema;
const functions = Object.fromEntries(
  Object.entries(catalog.functions[cypherVersion]).filter(([, f]) => f.isBuiltIn),
);
const procedures = {};
for (const name of declared.procedures) {
  const proc = catalog.procedures[cypherVersion][name];
  if (!proc) {
    console.error(`cypherlint: schema.json names procedure ${name}, unknown to Neo4j 5`);
    process.exit(2);
  }
  procedures[name] = proc;
}

const sample = {
  STRING: '',
  INTEGER: 0,
  FLOAT: 0.5,
  BOOLEAN: false,
  MAP: {},
};

// header parses the leading // comment of a statement file.
function header(text) {
  const lines = text.split('\n');
  const comment = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    comment.push(line);
  }
  const params = {};
  for (const line of comment) {
    const m = /^\/\/\s+\$([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Z]+)/.exec(line);
    if (m) params[m[1]] = m[2] in sample ? sample[m[2]] : m[2].startsWith('LIST') ? [] : '';
  }
  return {
    comment,
    params,
    returns: comment.some((l) => /^\/\/ Returns: \S/.test(l)),
  };
}

// usedParams lists the $names in the statement outside comments.
function usedParams(text) {
  const code = text.replace(/\/\/[^\n]*/g, '');
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
}

function files() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args.map((f) => resolve(f));
  const out = [];
  for (const dir of ['queries', 'schema', 'neo4jtest']) {
    for (const f of readdirSync(join(store, dir)).sort()) {
      if (f.endsWith('.cypher')) out.push(join(store, dir, f));
    }
  }
  return out;
}

const problems = [];
const list = files();
for (const file of list) {
  const name = relative(root, file);
  const text = readFileSync(file, 'utf8');
  const report = (line, col, severity, message) =>
    problems.push(`${name}:${line}:${col}: ${severity}: ${message}`);
  const h = header(text);
  if (h.comment.length === 0) {
    report(1, 1, 'error', 'no // header comment giving the purpose, $parameters and returned columns');
  }
  if (!file.includes(join('neo4jstore', 'schema')) && !h.returns) {
    report(1, 1, 'error', 'header has no "// Returns: ..." line');
  }
  const used = usedParams(text);
  for (const p of Object.keys(h.params)) {
    if (!used.has(p)) report(1, 1, 'error', `parameter $${p} is declared but not used`);
  }
  const schema = {
    labels: declared.labels,
    relationshipTypes: declared.relationshipTypes,
    propertyKeys: declared.propertyKeys,
    graphSchema: declared.graphSchema,
    parameters: h.params,
    functions: { [cypherVersion]: functions },
    procedures: { [cypherVersion]: procedures },
    defaultLanguage: cypherVersion,
  };
  const { diagnostics } = lintCypherQuery(text, schema);
  for (const d of diagnostics) {
    const severity = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info';
    report(d.range.start.line + 1, d.range.start.character + 1, severity, d.message.replace(/\s+/g, ' '));
  }
}

for (const p of problems) console.log(p);
console.log(`cypherlint: ${list.length} statements, ${problems.length} diagnostics`);
process.exit(problems.length === 0 ? 0 : 1);
