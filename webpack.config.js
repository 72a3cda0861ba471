// Builds the task pane. office.js is copied from @microsoft/office-js and served from our own origin:
// budget data must never leave the machine, and a CDN may be unreachable where the add-in runs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist/web'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
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
