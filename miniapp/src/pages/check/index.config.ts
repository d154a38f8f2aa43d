export default definePageConfig({ navigationBarTitleText: '申报测算', enableShareAppMessage: true })
