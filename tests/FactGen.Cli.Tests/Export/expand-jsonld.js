// Expands a JSON-LD file with jsonld.js (the W3C reference processor for JavaScript) in safe mode,
// which throws on any term, IRI or value it would drop, then converts it to RDF. Prints what it
// found as JSON for ExportTests: the nodes by type, annotations and selectors, and the triples.
// usage: node expand-jsonld.js PATH_TO/node_modules/jsonld FILE.jsonld
const fs = require('fs');
const jsonld = require(process.argv[2]);

const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const expanded = await jsonld.expand(doc, { safe: true });
  const flattened = await jsonld.flatten(expanded, null, { safe: true });
  const nodes = flattened['@graph'] || flattened;
  const types = {};
  let selectorsWithContext = 0;
  for (const node of nodes) {
    for (const type of node['@type'] || []) types[type] = (types[type] || 0) + 1;
    const prefix = node[OA + 'prefix'], suffix = node[OA + 'suffix'];
    if (prefix !== undefined && suffix !== undefined) selectorsWithContext++;
  }
  const quads = await jsonld.toRDF(expanded, { safe: true });
  const derivedFrom = quads.filter(q => q.predicate.value === PROV + 'wasDerivedFrom').length;
  const factIris = nodes.filter(n => n['@id'].startsWith('urn:factgen:fact:') && !n['@id'].includes('/citation/') && (n['@type'] || []).length > 0).length;
  console.log(JSON.stringify({ types, facts: factIris, derivedFrom, selectorsWithContext, quads: quads.length }));
})().catch(error => { console.error(error && (error.stack || error.message) || String(error)); if (error && error.details) console.error(JSON.stringify(error.details)); process.exit(1); });
