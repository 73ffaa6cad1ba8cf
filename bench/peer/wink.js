// wink-nlp on the same files as whosaid-bench: read each article, tokenise
// and tag it (wink's English lite model: tokens, sentences, parts of
// speech, its pattern-based entities), and walk every token's text and tag.
// Prints one JSON line: files, bytes, tokens, the seconds the reading and
// processing took, and the seconds loading the model took (not counted).
//
//	node wink.js DIR...
'use strict';
const fs = require('fs');
const path = require('path');

const t0 = process.hrtime.bigint();
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const load = Number(process.hrtime.bigint() - t0) / 1e9;

// The files whosaid reads in a folder, in the same lexical order.
const exts = new Set(['.txt', '.md', '.markdown']);
function files(p, out) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) {
    out.push(p);
    return out;
  }
  for (const name of fs.readdirSync(p).sort()) {
    if (name.startsWith('.')) continue;
    const q = path.join(p, name);
    const s = fs.statSync(q);
    if (s.isDirectory()) files(q, out);
    else if (exts.has(path.extname(name).toLowerCase())) out.push(q);
  }
  return out;
}

const list = [];
for (const p of process.argv.slice(2)) files(p, list);

let bytes = 0;
let tokens = 0;
const start = process.hrtime.bigint();
for (const f of list) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text, 'utf8');
  const doc = nlp.readDoc(text);
  doc.tokens().each((t) => {
    t.out();
    t.out(its.pos);
    tokens++;
  });
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ files: list.length, bytes, tokens, seconds, load_seconds: load }));
