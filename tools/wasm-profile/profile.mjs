// Parses the corpus with the wasm build of tools/wasm-profile under V8's
// sampling profiler and prints where the time goes, by function: self time
// and time including callees. Usage (from scripts/wasm-profile.sh):
//   node profile.mjs MODULE.wasm [themes]
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

const [wasmPath, mode] = process.argv.slice(2);
const dir = path.join(import.meta.dirname, '../../tests/corpus/raw');
const texts = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => fs.readFileSync(path.join(dir, n)));
const bytes = texts.reduce((n, t) => n + t.length, 0);
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {});
const wasm = instance.exports;
const themes = mode === 'themes' ? 1 : 0;
const pass = () => {
  const t0 = performance.now();
  for (const t of texts) {
    const at = wasm.text_buffer(t.length); // may grow the memory: its buffer after
    new Uint8Array(wasm.memory.buffer, at, t.length).set(t);
    wasm.parse_text(themes);
  }
  return performance.now() - t0;
};
for (let i = 0; i < 5; i++) pass(); // past the baseline tier

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const times = [];
for (let i = 0; i < 40; i++) times.push(pass());
const { profile } = await session.post('Profiler.stop');
times.sort((a, b) => a - b);
const ms = times[20];
console.log(`${(bytes / 1e6).toFixed(2)} MB a pass; median ${ms.toFixed(2)} ms (${(bytes / 1e3 / ms).toFixed(1)} MB/s) over 40 passes`);

// Rust's legacy symbol mangling undone enough to read (`_ZN` + length-
// prefixed path segments + hash); other names as they are.
const demangle = (symbol) => {
  const inner = symbol.match(/^_ZN(.*)E$/)?.[1];
  if (!inner) return symbol;
  const parts = [];
  for (let rest = inner; /^\d/.test(rest);) {
    const digits = rest.match(/^\d+/)[0];
    parts.push(rest.slice(digits.length, digits.length + Number(digits)));
    rest = rest.slice(digits.length + Number(digits));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$C\$/g, ',').replace(/\$RF\$/g, '&').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}')
    .replace(/\.\./g, '::');
};
const name = (n) => demangle(n.callFrame.functionName || '(anonymous)').slice(0, 110);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
let total = 0;
const self = new Map();
const inclusive = new Map();
for (const [id, t] of selfTime) {
  total += t;
  const own = name(byId.get(id));
  self.set(own, (self.get(own) ?? 0) + t);
  const seen = new Set();
  for (let q = id; q; q = parent.get(q)) {
    const k = name(byId.get(q));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    seen.add(k);
  }
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([k, v]) => `${(v / total * 100).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`\nself time\n${top(self, 25)}\n\nincluding callees\n${top(inclusive, 25)}`);
session.disconnect();
