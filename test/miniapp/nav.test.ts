import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { go } from '../../miniapp/src/services/nav.ts'
import Taro from './shims/taro.ts'

/** WeChat's page stack, as the navigation calls change it (H5's router keeps the query in `path`). */
let stack: { path: string }[] = []
const top = () => stack.at(-1)?.path

beforeEach(() => {
  stack = [{ path: '/pages/index/index' }]
  Taro.getCurrentPages.mockImplementation(() => stack.map((p) => ({ ...p, route: p.path.replace(/\?.*/, '') })))
  Taro.navigateTo.mockImplementation(async ({ url }) => {
    if (stack.length >= 10) throw { errMsg: 'navigateTo:fail webview count limit exceed' }
    stack.push({ path: url })
  })
  Taro.redirectTo.mockImplementation(async ({ url }) => void (stack[stack.length - 1] = { path: url }))
  Taro.navigateBack.mockImplementation(async (option) => void stack.splice(stack.length - (option?.delta ?? 1)))
})

describe('moving between pages never meets WeChat\'s limit of 10 pages', () => {
  it('measure → check → results → measure, again and again, keeps the stack short', async () => {
    for (let round = 0; round < 12; round++) {
      await go(`/pages/measure/index?id=${round % 2 ? 'spring-shoots' : 'innovation-relay'}`)
      await go('/pages/check/index')
      await go(`/pages/results/index?a=1.${round}`)
    }
    expect(stack.map((p) => p.path)).toEqual(['/pages/index/index', '/pages/measure/index?id=spring-shoots', '/pages/check/index', '/pages/results/index?a=1.11'])
  })

  it('goes back to a page already open with the same parameters; to one open with others, then replaces it', async () => {
    await go('/pages/measures/index')
    await go('/pages/measure/index?id=spring-shoots')
    await go('/pages/measures/index')
    expect(Taro.navigateBack).toHaveBeenLastCalledWith({ delta: 1 })
    await go('/pages/measure/index?id=spring-shoots')
    await go('/pages/source/index?entry=p-targets')
    await go('/pages/measure/index?id=innovation-relay')
    expect(Taro.navigateBack).toHaveBeenLastCalledWith({ delta: 1 })
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/pages/measure/index?id=innovation-relay' })
    expect(stack.map((p) => p.path)).toEqual(['/pages/index/index', '/pages/measures/index', '/pages/measure/index?id=innovation-relay'])
  })

  it('any sequence of taps leaves at most one page of each screen, and shows the page asked for', async () => {
    const urls = [
      '/pages/index/index',
      '/pages/measures/index',
      '/pages/measures/index?group=innovation-factors',
      '/pages/measure/index?id=spring-shoots',
      '/pages/measure/index?id=innovation-relay',
      '/pages/check/index',
      '/pages/results/index?a=1.x',
      '/pages/results/index?a=1.y',
      '/pages/source/index',
      '/pages/source/index?entry=p-targets',
    ]
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...urls), { maxLength: 60 }), async (taps) => {
        stack = [{ path: '/pages/index/index' }]
        for (const url of taps) {
          await go(url)
          const routes = stack.map((p) => p.path.replace(/\?.*/, ''))
          expect(new Set(routes).size).toBe(routes.length)
          const [route, query] = url.split('?')
          expect(top()?.startsWith(route)).toBe(true)
          if (query) expect(top()).toContain(query)
        }
      }),
    )
  })
})
