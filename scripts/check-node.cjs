// Runs before anything else under any Node version (plain CommonJS, no syntax newer than Node 8),
// so a newcomer on an old Node gets a sentence instead of ERR_UNKNOWN_FILE_EXTENSION ".ts".
'use strict';
var required = require('../package.json').engines.node; // ">=22.12"
var want = /(\d+)\.(\d+)/.exec(required);
// CHECK_NODE_PRETEND_VERSION lets the tests see the message without installing an old Node.
var version = process.env.CHECK_NODE_PRETEND_VERSION || process.versions.node;
var have = version.split('.').map(Number);
if (have[0] < Number(want[1]) || (have[0] === Number(want[1]) && have[1] < Number(want[2]))) {
  console.error(
    '\n✖ This project needs Node.js ' + required + ' (Node 24 LTS recommended, see .nvmrc); this is Node ' + version + '.\n' +
    '  Install Node 24, e.g. with nvm:  nvm install 24 && nvm use 24\n' +
    '  or from the npm registry:         npm install -g --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/bin:$PATH"\n' +
    '  then run the command again.\n'
  );
  process.exit(1);
}
