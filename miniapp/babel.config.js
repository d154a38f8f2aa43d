// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// `framework` must match config/index.ts (Preact, through Taro's React plugin).
module.exports = {
  presets: [
    ['taro', { framework: 'preact', ts: true, compiler: 'webpack5' }],
  ],
}
