// Copies the real sample price histories shipped with the `vega-datasets` npm package (BSD-3-Clause)
// into public/data/, with the package's licence text next to them. Run after `npm install` when the
// package is updated: `node scripts/copy-sample-data.mjs`. The copies are committed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = join('node_modules', 'vega-datasets');
const TARGET = join('public', 'data');
// stocks.csv: monthly AAPL, AMZN, GOOG, IBM, MSFT (symbol,date,price); sp500.csv: monthly S&P 500
// 2000–2010 (date,price); sp500-2000.csv: daily S&P 500 from 2000 (Yahoo Finance columns).
const FILES = ['stocks.csv', 'sp500.csv', 'sp500-2000.csv'];
const LICENSE_CANDIDATES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'];
const BSD_3_CLAUSE = `Copyright (c) 2015, University of Washington Interactive Data Lab
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`;

if (!existsSync(SOURCE)) {
  console.error('copy-sample-data: node_modules/vega-datasets is missing; run npm install first.');
  process.exit(1);
}
mkdirSync(TARGET, { recursive: true });
for (const file of FILES) {
  copyFileSync(join(SOURCE, 'data', file), join(TARGET, file));
  console.log(`copied ${file}`);
}
const license = LICENSE_CANDIDATES.map((f) => join(SOURCE, f)).find((f) => existsSync(f));
if (license !== undefined) {
  copyFileSync(license, join(TARGET, 'LICENSE-vega-datasets.txt'));
  console.log(`copied ${license} -> LICENSE-vega-datasets.txt`);
} else {
  // The npm package (3.x) ships no LICENSE file, only `"license": "BSD-3-Clause"` in package.json:
  // write the standard BSD-3-Clause text with the upstream repository's copyright line, and the
  // package's own note on the datasets' sources.
  const pkg = JSON.parse(readFileSync(join(SOURCE, 'package.json'), 'utf8'));
  const meta = JSON.parse(readFileSync(join(SOURCE, 'datapackage.json'), 'utf8'));
  const notes = meta.resources
    .filter((r) => FILES.includes(r.path))
    .map((r) => `- ${r.path}: ${String(r.description ?? '').replace(/\s+/g, ' ').replace('&amp;', '&').trim()}${r.sources ? ` Source: ${r.sources.map((s) => s.title).join(', ')}.` : ''}`);
  writeFileSync(join(TARGET, 'LICENSE-vega-datasets.txt'), [
    `Sample price data from vega-datasets ${pkg.version} (https://github.com/vega/vega-datasets), license: ${pkg.license}.`,
    '',
    String(meta.description ?? '').replace(/\s+/g, ' ').trim(),
    '',
    'Files copied into this folder:',
    ...notes,
    '',
    BSD_3_CLAUSE,
  ].join('\n'));
  console.log('wrote LICENSE-vega-datasets.txt (BSD-3-Clause text; the package ships no LICENSE file)');
}
