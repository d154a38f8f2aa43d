import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Loadable } from '../../miniapp/src/components/Screen.tsx'
import { useResource } from '../../miniapp/src/hooks/useResource.ts'
import { LocaleProvider } from '../../miniapp/src/i18n/locale.tsx'
import type { HttpResult } from '../../miniapp/src/services/http.ts'
import { writeCache } from '../../miniapp/src/services/storage.ts'

type Load = () => Promise<HttpResult<{ title: string }>>

function Probe({ load }: { load: Load }) {
  const resource = useResource('policy:en', load)
  return (
    <LocaleProvider initial='en'>
      <Loadable resource={resource}>{(data) => <p>{data.title}</p>}</Loadable>
    </LocaleProvider>
  )
}

const offline: Load = async () => ({ ok: false, error: { kind: 'network', timedOut: false, message: 'request:fail' } })

describe('loading, errors and the offline copy', () => {
  it('shows loading, then the data, and saves it', async () => {
    let resolve!: (r: HttpResult<{ title: string }>) => void
    const load = vi.fn<Load>(() => new Promise((r) => (resolve = r)))
    render(<Probe load={load} />)
    expect(screen.getByRole('status').getAttribute('aria-label')).toBe('Loading…')
    await act(async () => resolve({ ok: true, status: 200, data: { title: 'Policy' }, language: 'en' }))
    expect(screen.getByText('Policy')).toBeTruthy()
  })

  it('without saved data, a network failure shows an error with a retry that works', async () => {
    const load = vi.fn<Load>(offline)
    render(<Probe load={load} />)
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy())
    expect(screen.getByText('Cannot reach the server. Check your connection and try again.')).toBeTruthy()
    load.mockResolvedValueOnce({ ok: true, status: 200, data: { title: 'Back online' }, language: 'en' })
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click())
    await waitFor(() => expect(screen.getByText('Back online')).toBeTruthy())
  })

  it('offline, the last good data shows with a notice', async () => {
    writeCache('policy:en', { title: 'Saved policy' }, new Date(2026, 10, 20, 9, 5).getTime())
    render(<Probe load={offline} />)
    expect(screen.getByText('Saved policy')).toBeTruthy() // at once, before the network answers
    await waitFor(() => expect(screen.getByText('You are offline. Showing what was saved on 2026-11-20 09:05.')).toBeTruthy())
    expect(screen.getByText('Saved policy')).toBeTruthy()
  })

  it('a problem from the API is shown in its own (localized) words, not replaced by old data', async () => {
    writeCache('policy:en', { title: 'Saved policy' })
    const load: Load = async () => ({
      ok: false,
      error: { kind: 'problem', status: 404, problem: { type: '/problems/measure-not-found', title: 'Measure not found', status: 404, detail: 'No measure has the id "x".' } },
    })
    render(<Probe load={load} />)
    await waitFor(() => expect(screen.getByText('Measure not found')).toBeTruthy())
    expect(screen.queryByText('Saved policy')).toBeNull()
  })
})
