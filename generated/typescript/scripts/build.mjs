// Runtime file copied verbatim by sdkgen. Do not edit.
// Builds the package from src/ with its own TypeScript, as `npm run build` and `npm pack` (prepack) do:
// dist/esm (ES modules, for `import`) and dist/cjs (CommonJS, for `require`), each with its declarations
// and a package.json that tells Node and TypeScript which kind of module its `.js` and `.d.ts` files are.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Compiles src/ into dist/<format> with the package's tsconfig and `flags`. */
function compile(format, type, flags) {
  const out = join(dist, format);
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json'), '--outDir', out, ...flags], {
    stdio: 'inherit',
  });
  writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type })}\n`);
}

/**
 * `require()` of the package gives the client class itself, with every named export (`default`
 * too) as its properties, as openai-node's CommonJS build does: `new (require('pkg'))()` works.
 */
function callableIndex() {
  const file = join(dist, 'cjs', 'index.js');
  const marker = 'Object.defineProperty(exports, "__esModule", { value: true });';
  const text = readFileSync(file, 'utf8');
  if (!text.includes(marker)) {
    throw new Error(`${file} does not mark itself as an ES module; cannot make it callable`);
  }
  const construct =
    'exports = module.exports = function (...args) { ' +
    'return Reflect.construct(exports.default, args, new.target || exports.default); };';
  const inherit = 'Object.setPrototypeOf(exports, exports.default);\nexports.prototype = exports.default.prototype;\n';
  const [code, map = ''] = text.split(/(?=\/\/# sourceMappingURL=)/);
  writeFileSync(file, `${code.replace(marker, `${construct}\n${marker}`)}${inherit}${map}`);
}

rmSync(dist, { recursive: true, force: true });
compile('esm', 'module', []);
compile('cjs', 'commonjs', ['--module', 'commonjs', '--moduleResolution', 'node10', '--verbatimModuleSyntax', 'false']);
callableIndex();
