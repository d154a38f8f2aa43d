/**
 * Accessible name and role for a Taro element. WeChat reads `aria-role`/`aria-label` (Taro's
 * ariaRole/ariaLabel props); on H5 the DOM wants `role`/`aria-label`, which Taro passes through.
 */
export function a11y(label?: string, role?: string, extra: { checked?: boolean; selected?: boolean; live?: 'polite' | 'assertive' } = {}) {
  const out: Record<string, string | boolean | undefined> = {}
  if (process.env.TARO_ENV === 'h5') {
    if (label !== undefined) out['aria-label'] = label
    if (role !== undefined) out.role = role
    if (extra.checked !== undefined) out['aria-checked'] = extra.checked ? 'true' : 'false'
    if (extra.selected !== undefined) out['aria-pressed'] = extra.selected ? 'true' : 'false'
    if (extra.live !== undefined) out['aria-live'] = extra.live
  } else {
    if (label !== undefined) out.ariaLabel = label
    if (role !== undefined) out.ariaRole = role
    if (extra.checked !== undefined) out.ariaChecked = extra.checked
    if (extra.selected !== undefined) out.ariaSelected = extra.selected
  }
  return out
}
