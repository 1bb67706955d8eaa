import next from 'eslint-config-next';

const config = [
  ...next,
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**'] },
  {
    // lib/ is the engine: plain TypeScript any face (app, CLI, tests) can run.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['next', 'next/*', 'react', 'react/*', 'react-dom', '@/app/*'] }],
    },
  },
];

export default config;
