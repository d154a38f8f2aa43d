export default definePageConfig({ navigationBarTitleText: '科创二十条2.0版', enablePullDownRefresh: true, backgroundTextStyle: 'dark', enableShareAppMessage: true, enableShareTimeline: true })
