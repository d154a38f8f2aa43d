# `taro build --type h5 --mode app` (npm run assets): the H5 app the worker itself serves at /app/.
# Empty means the page's own origin: the app calls /v1/… on whichever host serves it.
TARO_APP_API_BASE=""
