// Bundles the client, the language server and the checker with esbuild.
import { build } from 'esbuild';

// Some dependencies ship only ES modules that read `import.meta.url`; in a CommonJS
// bundle that is undefined, so it is rebuilt from the bundle's own file name.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrl },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  // `node dist/server.js` is a launcher that runs the server's bundle with V8's code
  // cache (server/src/launch.ts).
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/language-server.js' }),
  build({ ...common, entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` },
  }),
]);
