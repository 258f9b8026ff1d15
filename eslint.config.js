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

/** From outside a module, only its index.ts may be imported. */
const entryZones = withIndex.map((m) => ({
  target: modules.filter((other) => other !== m).map((other) => `./src/${other}`),
  from: `./src/${m}`,
  except: ['./index.ts'],
  message: `import src/${m} through its index.ts`,
}));

const layerZones = [
  {
    target: './src/nlp',
    from: ['./src/eval', './src/store', './src/server'],
    message: 'nlp never depends on evaluation, storage or the server',
  },
  { target: './src/graph', from: './src/pipeline', message: 'graph never imports pipeline' },
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
  // TEMPORARY (issue 9, after the language-pack merge): the NER training code (src/training/ner) reads
  // nlp/ner and nlp/gazetteer through their sub-module index.ts, not through nlp/index.ts; and three
  // regex-heavy nlp files still hold escapes/control characters the rules flag. Narrow on purpose:
  // do not add files; remove when nlp/index.ts exports what training needs.
  // TEMPORARY (integration of s4-rel and s4-viewer-b into the boundaries): the relation-model training
  // (src/training/relations) reads nlp/relations/model, nlp/lang, nlp/resources and graph/keys through
  // their sub-modules; the viewer's curation reuses src/graph/merge.ts (pure, schema-only) so that it
  // merges exactly as `trama ingest --merges`. Remove when nlp/index.ts and graph/index.ts export what
  // they need and the merge function moves to the schema or a shared module.
  {
    files: ['src/training/relations/*.ts', 'viewer/src/curation/controls.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: [
      'src/training/ner/*.ts',
      'src/nlp/ner/normalize.ts',
      'src/nlp/segment/sentences.ts',
      'src/nlp/segment/tokenize.ts',
    ],
    rules: {
      'import-x/no-restricted-paths': 'off',
      'no-control-regex': 'off',
      'no-useless-escape': 'off',
    },
  },
);
