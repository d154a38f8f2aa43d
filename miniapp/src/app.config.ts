export default defineAppConfig({
  // The main package holds the policy screens — home, the list and a measure, the page shared
  // cards open most — and the form, its results and the source text are subpackages that WeChat
  // fetches when they open (or ahead of time, preloadRule). Each page keeps its path, so links,
  // navigateTo and shared cards are the same as with one package. (The measure page also stays
  // out of a subpackage because a root `pages/measure` would be a string prefix of the main
  // package's `pages/measures`.)
  pages: ['pages/index/index', 'pages/measures/index', 'pages/measure/index'],
  subPackages: [
    { root: 'pages/check', pages: ['index'] },
    { root: 'pages/results', pages: ['index'] },
    { root: 'pages/source', pages: ['index'] },
  ],
  // Fetch the subpackages a page usually leads to while the user reads it.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/check'] },
    'pages/measure/index': { network: 'all', packages: ['pages/check'] },
    'pages/check/index': { network: 'all', packages: ['pages/results'] },
  },
  window: {
    navigationBarTitleText: '科创二十条2.0版',
    navigationBarBackgroundColor: '#1f4fbf',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f9',
    backgroundTextStyle: 'dark',
  },
  // WeChat's current component styles.
  style: 'v2',
  // Upper bounds in ms; the API client sets its own 15 s per request (services/http.ts).
  networkTimeout: { request: 15000, downloadFile: 15000 },
  // Which pages WeChat search may index: sitemap.json (results show a company's own figures).
  sitemapLocation: 'sitemap.json',
  // Only load the code of components a page uses: keeps WeChat's start-up light.
  lazyCodeLoading: 'requiredComponents',
})
