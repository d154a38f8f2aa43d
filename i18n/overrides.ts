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
  'zh-Hant': [],
  'zh-Hant-TW': [
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
  ],
  'zh-Hant-HK': [],
}
