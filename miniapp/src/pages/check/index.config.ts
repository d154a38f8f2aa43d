export default definePageConfig({ navigationBarTitleText: '申报测算' })
