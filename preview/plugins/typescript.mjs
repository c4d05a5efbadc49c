// Compiles the preview's own .ts files (runtime, local Apex answers, preview components) the way the
// package's components are compiled: TypeScript with the repo's compiler options, one file at a time.
// With `useDefineForClassFields` and an ESNext target, tsc leaves @api/@wire/@track as decorators,
// which the LWC compiler needs. Types are checked separately (tsc --noEmit in the build).
// Package components never come through here: the preview compiles their emitted .js, what deploys.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @param {{ root: string, forceApp: string, tsconfig: string }} options absolute paths */
export function compileTypeScript({ root, forceApp, tsconfig }) {
    const ts = require('typescript');
    const parsed = ts.getParsedCommandLineOfConfigFile(
        tsconfig,
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} }
    );
    const compilerOptions = { ...parsed.options, noEmit: false, sourceMap: true, inlineSources: true };
    const inside = (id, dir) => !path.relative(dir, id).startsWith('..');
    // The LWC resolver appends ?specifier=c/name to a component's entry id.
    const fileOf = (id) => id.split('?')[0];
    return {
        name: 'preview-typescript',
        load(id) {
            const file = fileOf(id);
            if (file.endsWith('.ts') && inside(file, forceApp)) {
                this.error(
                    `${path.relative(process.cwd(), file)} has no emitted .js beside it: run \`npm run build\` (tsc) so the preview compiles what deploys.`
                );
            }
            return null;
        },
        transform(code, id) {
            const file = fileOf(id);
            if (id.startsWith('\0') || !file.endsWith('.ts') || !inside(file, root)) {
                return null;
            }
            const result = ts.transpileModule(code, { compilerOptions, fileName: file });
            return { code: result.outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''), map: result.sourceMapText };
        }
    };
}
