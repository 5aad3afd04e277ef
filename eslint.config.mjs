// The layer rules of src/ (README, Architecture), checked on every import, `import type` included, plus
// TanStack Query's rules. Biome lints and formats everything else. TypeScript 7 has no JavaScript API for
// typescript-eslint's parser, so Babel parses the TypeScript here: these rules need syntax, not types.
import babelParser from '@babel/eslint-parser';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';

const SOURCES = ['src/**/*.{ts,tsx}'];
const LAYERS = ['db', 'sql', 'domain', 'ingest', 'queries', 'components', 'lib', 'i18n', 'config', 'app'];

const oneOf = (...types) => ({ element: { types: { anyOf: types } } });
const disallow = (from, to, dependency) => ({
  from: { element: { type: from } },
  disallow: dependency ? { to, dependency } : { to },
});
const otherFeature = { element: { types: { anyOf: ['feature', 'feature-components'] }, captured: { name: '!{{ from.element.captured.name }}' } } };

export default [
  ...pluginQuery.configs['flat/recommended'].map((config) => ({ ...config, files: SOURCES })),
  {
    files: SOURCES,
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          babelrc: false,
          configFile: false,
          presets: [['@babel/preset-typescript', { isTSX: true, allExtensions: true }]],
        },
      },
    },
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'feature-components', pattern: 'src/features/*/components', capture: ['name'] },
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        ...LAYERS.map((name) => ({ type: name, pattern: `src/${name}` })),
      ],
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'allow',
          checkAllOrigins: true,
          policies: [
            // db: the only door to DuckDB; of the project it knows only the domain's types.
            disallow('db', { element: { types: { anyOf: LAYERS.filter((name) => !['db', 'domain'].includes(name)).concat('feature', 'feature-components') } } }),
            disallow('db', oneOf('domain'), { kind: 'value' }),
            disallow('sql', oneOf('ingest', 'feature', 'feature-components', 'app', 'queries', 'components')),
            // domain: pure rules, no words, no React.
            disallow('domain', oneOf('i18n', 'db', 'sql', 'ingest', 'queries', 'components', 'feature', 'feature-components', 'app')),
            disallow('domain', { module: { origin: 'external', source: ['react', 'react-*', '@tanstack/*', 'i18next'] } }),
            disallow('components', oneOf('feature', 'feature-components', 'queries', 'app')),
            // A screen's components read through its hooks; a row type may name a query's result.
            disallow('feature-components', oneOf('db', 'sql'), { kind: 'value' }),
            { from: { element: { types: { anyOf: ['feature', 'feature-components'] } } }, disallow: { to: otherFeature } },
            { from: { element: { types: { anyOf: LAYERS.filter((name) => name !== 'app').concat('feature', 'feature-components') } } }, disallow: { to: oneOf('app') } },
            { from: { element: { types: { anyOf: LAYERS.filter((name) => name !== 'db').concat('feature', 'feature-components') } } }, disallow: { to: { module: { origin: 'external', source: '@duckdb/*' } } } },
          ],
        },
      ],
    },
  },
];
