// Builds the task pane and the browser demo. office.js is copied from @microsoft/office-js and served from
// our own origin: budget data must never leave the machine, and a CDN may be unreachable where the add-in
// runs. The demo (demo.html) runs the same pane over an in-memory Excel and needs no office.js at all.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx', demo: './src/demo/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // ES modules out of ts-loader (tsconfig says commonjs, for node): webpack can then drop unused exports
        // (Fluent UI, icons) and split import() into lazy chunks. With commonjs the pane is ~3.6 MB gzipped.
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } },
        // The demo's sample workbooks: data URLs inside lazy chunks, read without fetch (src/demo/samples.ts).
        { test: /\.xlsx$/, type: 'asset/inline' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Offered for download on the demo page, to open in Excel with the add-in.
          { from: 'samples/*.xlsx', to: 'samples/[name][ext]' },
          // office.js needs its locale/host files beside it, or Office.onReady never resolves.
          { from: path.join(OFFICE_DIST, 'office.js'), to: 'office/', info: { minimized: true } },
          { from: path.join(OFFICE_DIST, 'o15apptofilemappingtable.js'), to: 'office/', info: { minimized: true } },
          { from: path.join(OFFICE_DIST, 'excel*.js'), to: 'office/[name][ext]', globOptions: { ignore: ['**/*.debug.js'] }, info: { minimized: true } },
          { from: path.join(OFFICE_DIST, 'zh-cn'), to: 'office/zh-cn', info: { minimized: true } },
          { from: path.join(OFFICE_DIST, 'en-us'), to: 'office/en-us', info: { minimized: true } },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: { port: 3000, static: false, headers: { 'Access-Control-Allow-Origin': '*' } },
  };
};
