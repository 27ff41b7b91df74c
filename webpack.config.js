/**
 * Webpack for RIME.
 *
 * - Default (Excel): `taskpane.html` (task pane + ribbon commands: shared runtime, see manifest.xml) and
 *   `commands.html` (the same commands alone, for a non-shared runtime), plus assets/ and manifest.xml.
 *   `npm run build` → dist/. `npm run dev-server` (used by `npm start`) serves it on https://localhost:3000.
 * - `--env demo`: only the browser demo (`src/demo/index.tsx` → `index.html`) served on http://localhost:3000,
 *   no certificate needed.
 * Certificates (office-addin-dev-certs) are loaded only when serving for Excel, so builds never need them.
 */
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_SERVER_PORT = 3000;

/** Files copied as is into dist/: every file of assets/ (icons, help page) and manifest.xml. */
const copiedFiles = () => [
  ...fs
    .readdirSync(path.resolve(__dirname, 'assets'))
    .filter((name) => !name.startsWith('.'))
    .map((name) => `assets/${name}`),
  // TODO (deployment): rewrite https://localhost:3000/ to the production URL when copying the manifest.
  'manifest.xml',
];

/**
 * Copies copiedFiles() into the output (and watches them in the dev server), with webpack's own API.
 * Stands in for copy-webpack-plugin: its option validation (schema-utils → ajv-keywords) needs ajv 8, which
 * the current lock file does not resolve for it (ajv 6 is hoisted), so the plugin cannot load.
 */
class CopyFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.contextDependencies.add(path.resolve(__dirname, 'assets'));
          for (const file of copiedFiles()) {
            const absolute = path.resolve(__dirname, file);
            compilation.fileDependencies.add(absolute);
            compilation.emitAsset(file, new webpack.sources.RawSource(fs.readFileSync(absolute)));
          }
        },
      );
    });
  }
}

/** Pages built for Excel. The task pane bundle also registers the ribbon commands (shared runtime). */
const OFFICE_PAGES = [
  {
    entry: 'taskpane',
    sources: ['./src/commands/commands.ts', './src/taskpane/index.tsx'],
    template: './src/taskpane/taskpane.html',
    filename: 'taskpane.html',
  },
  {
    entry: 'commands',
    sources: ['./src/commands/commands.ts'],
    template: './src/commands/commands.html',
    filename: 'commands.html',
  },
];

/** The browser demo on the in-memory host (the only page of the `--env demo` build). */
const DEMO_PAGES = [
  {
    entry: 'demo',
    sources: ['./src/demo/index.tsx'],
    template: './src/demo/demo.html',
    filename: 'index.html',
  },
];

async function excelHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const demo = Boolean(env.demo);
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const pages = demo ? DEMO_PAGES : OFFICE_PAGES;

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? false : 'source-map',
    entry: Object.fromEntries(pages.map((page) => [page.entry, page.sources])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: {
        // ExcelJS's browser build (self-contained: no Node built-ins needed), used by the in-memory host in the
        // demo. HyperFormula needs nothing either, so there is no `resolve.fallback`: a Node built-in reached
        // from a page (e.g. `fs` in a CLI-only module) fails the build instead of failing in the browser.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
    },
    module: {
      // The ExcelJS browser build is already bundled: don't parse it again.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({ filename: page.filename, template: page.template, chunks: [page.entry] }),
      ),
      new CopyFilesPlugin(),
    ],
    performance: {
      hints: production ? 'warning' : false,
      maxAssetSize: 3_000_000,
      maxEntrypointSize: 3_000_000,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      static: false,
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: demo || !serving ? 'http' : { type: 'https', options: await excelHttpsOptions() },
    },
  };
};

/** The pages of each build, for tests (tests/manifest) that map manifest URLs to built files. */
module.exports.OFFICE_PAGES = OFFICE_PAGES;
module.exports.DEMO_PAGES = DEMO_PAGES;
module.exports.copiedFiles = copiedFiles;
