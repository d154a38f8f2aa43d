import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { ModuleMapPlugin } from './module-map'
import { checkReleaseApiBase } from './release'

// https://docs.taro.zone/docs/next/config
// npm workspaces keep a few packages in miniapp/node_modules (peer ranges clash with the root's
// vitest/vite), where Taro's own packages at the root cannot see them: let webpack look there too.
const miniappModules = path.resolve(process.cwd(), 'node_modules')
interface ModulesChain {
  add(dir: string): ModulesChain
}
const seeMiniappModules = (chain: { resolve: { modules: ModulesChain } }) => {
  // Setting any entry replaces webpack's default, so name the usual lookup first.
  chain.resolve.modules.add('node_modules').add(miniappModules)
}

// The app bundles two list modules of the repository (one copy of each list, shared with the
// worker); Taro compiles only src/ unless told, so name them. Nothing else outside src/ is bundled.
const sharedLists = { include: ['../rules/profile.ts', '../i18n/languages.ts'].map((file) => path.resolve(process.cwd(), file)) }

// Preact through Taro's React plugin (react and react-dom aliased to preact/compat): the same
// components, 85 KiB less in the weapp main package and 34 KiB less gzip in the H5 first load than
// React's reconciler. babel.config.js names the same framework. test/weapp runs the weapp result
// as WeChat would; test/e2e and test/pages run the H5 one.
const framework: 'preact' | 'react' = 'preact'

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  // `--mode app` (npm run assets): the H5 app that the worker serves at /app/ (wrangler.toml [assets]).
  const app = mode === 'app'
  // Taro has read miniapp/.env* by now; a shell variable of the same name wins over the files.
  const apiBase = process.env.TARO_APP_API_BASE
  // `--mode release` (npm run build:weapp:release): the build uploaded to WeChat; only an https API.
  if (mode === 'release') checkReleaseApiBase(apiBase)
  // The /app/ build calls the API on its own origin (.env.app leaves the base empty); an exported
  // TARO_APP_API_BASE would silently point it elsewhere.
  if (app && apiBase) throw new Error(`The /app/ build calls the API on its own origin: unset TARO_APP_API_BASE (now "${apiBase}").`)
  // One folder per target so a weapp build never overwrites the H5 one; the e2e build (API on
  // port 8788) gets its own folder too, and the app build goes where the worker serves it from.
  const outputRoot = app ? '../dist/assets/app' : mode === 'e2e' ? `dist/${process.env.TARO_ENV}-e2e` : `dist/${process.env.TARO_ENV}`
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'etown-kechuang',
    date: '2026-11-24',
    // Our styles are drawn for a 375 px wide design.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {},
    // The browser tab's icon (H5 only; index.html links it, so no request for /favicon.ico).
    // WeChat's sitemap.json (app.config.ts names it; weapp only).
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [{ from: 'src/favicon.svg', to: `${outputRoot}/favicon.svg` }]
          : process.env.TARO_ENV === 'weapp'
            ? [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }]
            : [],
      options: {},
    },
    framework,
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's weapp default writes every non-ASCII character as \uXXXX (6 bytes for 3 in UTF-8):
    // 16 KiB of the main package is escaped Chinese. WeChat reads UTF-8 sources.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    // weapp: Taro writes one WXML template per component per nesting level (base.wxml, 57 KiB at
    // the default 16); deeper nodes render through its recursive `comp` component. Our deepest
    // page nests 10 levels (the measure page; test/weapp draws both paths).
    baseLevel: 12,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        seeMiniappModules(chain)
        // Taro maps react-dom to preact/compat, which lacks the createRoot its runtime calls.
        // Webpack takes the first alias that matches, so the exact one goes first.
        const alias = chain.resolve.alias
        if (framework === 'preact') alias.delete('react-dom').set('react-dom$', path.resolve(process.cwd(), 'config/preact-dom.js')).set('react-dom', 'preact/compat')
        // Beside the build (not in it): which output file carries which source module.
        chain.plugin('moduleMap').use(ModuleMapPlugin, [path.resolve(process.cwd(), `${outputRoot}.modules.json`), path.resolve(process.cwd(), '..')])
      },
      compile: sharedLists,
    },
    h5: {
      publicPath: app ? '/app/' : '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: sharedLists,
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        seeMiniappModules(chain)
        // Taro splits 'initial' chunks only, so every lazily loaded page carried its own copy of
        // our components; 'all' shares them between pages.
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
