// ESLint (flat config): typescript-eslint's recommended rules plus the architecture's boundaries,
// checked by import-x's no-restricted-paths on resolved paths (docs/architecture.md, "Boundaries").
import { readdirSync, existsSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Top-level modules of src/ that have a public face (index.ts). */
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const withIndex = modules.filter((m) => existsSync(`src/${m}/index.ts`));

/**
 * Second faces: a file of a module that one other module may import besides its index.ts. Deliberate
 * and few: nlp/training.ts gives src/training the model internals (features, decoding, the relation
 * model's encoder and classifier) that the pipeline's public face has no reason to carry.
 */
const sideEntries = { nlp: { training: ['./training.ts'] } };

/** From outside a module, only its index.ts (and a second face meant for the importer) may be imported. */
const entryZones = withIndex.flatMap((m) => {
  const sides = sideEntries[m] ?? {};
  const others = modules.filter((other) => other !== m);
  return [
    {
      target: others.filter((other) => !(other in sides)).map((other) => `./src/${other}`),
      from: `./src/${m}`,
      except: ['./index.ts'],
      message: `import src/${m} through its index.ts`,
    },
    ...Object.entries(sides).map(([importer, files]) => ({
      target: `./src/${importer}`,
      from: `./src/${m}`,
      except: ['./index.ts', ...files],
      message: `import src/${m} through its index.ts (or ${files.join(', ')})`,
    })),
  ];
});

const layerZones = [
  {
    target: './src/nlp',
    from: ['./src/eval', './src/store', './src/server', './src/graph'],
    message: 'nlp never depends on evaluation, storage, the server or graph assembly',
  },
  {
    target: './src/graph',
    from: ['./src/pipeline', './src/nlp'],
    message: 'graph never imports pipeline or nlp: it reads the extraction contract in src/schema',
  },
  {
    target: './viewer/src',
    from: './src',
    except: ['./schema'],
    message: 'the viewer imports only the schema from src',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'viewer/dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.trama/**',
      '.neo4j/**',
      '.gazetteer-build/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'viewer/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...entryZones] }],
      'import-x/no-cycle': 'error',
    },
  },
);
