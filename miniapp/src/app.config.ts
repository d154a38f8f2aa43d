export default defineAppConfig({
  pages: ['pages/index/index', 'pages/measures/index'],
  subPackages: [
    { root: 'pages/measure', pages: ['index'] },
    { root: 'pages/check', pages: ['index'] },
    { root: 'pages/results', pages: ['index'] },
    { root: 'pages/source', pages: ['index'] },
  ],
  window: {
    navigationBarTitleText: '科创二十条2.0版',
    navigationBarBackgroundColor: '#1f4fbf',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f9',
    backgroundTextStyle: 'dark',
  },
  // Only load the code of components a page uses: keeps WeChat's start-up light.
  lazyCodeLoading: 'requiredComponents',
})
