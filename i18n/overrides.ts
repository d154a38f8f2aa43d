/**
 * Reviewed corrections applied after OpenCC, per generated language. Each entry replaces text
 * in OpenCC's output and says why. Keep this list short; tests check every entry still matches.
 */
export type GeneratedLanguage = 'zh-Hant' | 'zh-Hant-TW' | 'zh-Hant-HK'

export interface Override {
  from: string
  to: string
  reason: string
}

export const overrides: Readonly<Record<GeneratedLanguage, readonly Override[]>> = {
  'zh-Hant': [
    {
      from: '“',
      to: '「',
      reason: 'Our own zh-Hans text quotes with “” (mainland usage); Traditional text quotes with 「」. OpenCC leaves punctuation alone. Quotes of the release keep the release’s own marks.',
    },
    {
      from: '”',
      to: '」',
      reason: 'The closing mark of the pair above.',
    },
  ],
  'zh-Hant-TW': [
    {
      from: '“',
      to: '「',
      reason: 'Our own zh-Hans text quotes with “” (mainland usage); Traditional text quotes with 「」. OpenCC leaves punctuation alone. Quotes of the release keep the release’s own marks.',
    },
    {
      from: '”',
      to: '」',
      reason: 'The closing mark of the pair above.',
    },
    {
      from: '航天',
      to: '航太',
      reason: 'Taiwan says 航太 for aerospace (the source article itself writes 商業航太); OpenCC twp keeps 航天.',
    },
    {
      from: '科技孵化器建立行動',
      to: '科技孵化器創建行動',
      reason: 'An official action name: the source writes 科技孵化器創建行動 even in its Taiwan-phrased version; twp turns 创建 into 建立.',
    },
    {
      from: '高階、精密、尖端',
      to: '高端、精密、尖端',
      reason: '高精尖 abbreviates 高端、精密、尖端; twp turns 高端 into 高階, which breaks the expansion.',
    },
    {
      from: '入口網站',
      to: '門戶網站',
      reason: 'The name of the Beijing government portal (首都之窗), which its own Traditional page writes 門戶網站.',
    },
    {
      from: '運營',
      to: '營運',
      reason: 'Taiwan says 營運 for operating (營運成本, 營運支援); twp keeps the mainland 運營.',
    },
    {
      from: '高水平',
      to: '高水準',
      reason: 'Taiwan says 高水準 for high-level; twp keeps the mainland 高水平.',
    },
    {
      from: '平方米',
      to: '平方公尺',
      reason: 'Taiwan writes the square metre 平方公尺; twp keeps 平方米. Quotes of the release keep its own 平方米.',
    },
    {
      from: '不支援的內容型別',
      to: '不支援的內容類型',
      reason: 'A media type (Content-Type) is a 內容類型 in Taiwan; twp turns 类型 into the programming word 型別.',
    },
  ],
  'zh-Hant-HK': [
    {
      from: '“',
      to: '「',
      reason: 'Our own zh-Hans text quotes with “” (mainland usage); Traditional text quotes with 「」. OpenCC leaves punctuation alone. Quotes of the release keep the release’s own marks.',
    },
    {
      from: '”',
      to: '」',
      reason: 'The closing mark of the pair above.',
    },
    {
      from: '信息技術',
      to: '資訊科技',
      reason: 'Hong Kong says 資訊科技 for information technology (新一代資訊科技); OpenCC hk keeps the mainland 信息技術.',
    },
    {
      from: '服務器',
      to: '伺服器',
      reason: 'Hong Kong says 伺服器 for a server; OpenCC hk keeps the mainland 服務器.',
    },
  ],
}
