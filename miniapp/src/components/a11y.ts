/** Roles a person operates: on H5 each is reached with Tab and works with Enter and Space (app.tsx). */
const operable = new Set(['button', 'link', 'radio', 'switch'])

/**
 * Accessible name and role for a Taro element. WeChat reads `aria-role`/`aria-label` (Taro's
 * ariaRole/ariaLabel props); on H5 the DOM wants `role`/`aria-label`, which Taro passes through,
 * and an operable role also joins the Tab order.
 */
export function a11y(
  label?: string,
  role?: string,
  extra: { checked?: boolean; selected?: boolean; live?: 'polite' | 'assertive'; level?: number; modal?: boolean } = {},
) {
  const out: Record<string, string | number | boolean | undefined> = {}
  if (process.env.TARO_ENV === 'h5') {
    if (label !== undefined) out['aria-label'] = label
    if (role !== undefined) out.role = role
    if (role !== undefined && operable.has(role)) out.tabIndex = 0
    if (extra.checked !== undefined) out['aria-checked'] = extra.checked ? 'true' : 'false'
    if (extra.selected !== undefined) out['aria-pressed'] = extra.selected ? 'true' : 'false'
    if (extra.live !== undefined) out['aria-live'] = extra.live
    if (extra.level !== undefined) out['aria-level'] = extra.level
    if (extra.modal) out['aria-modal'] = 'true'
  } else {
    if (label !== undefined) out.ariaLabel = label
    if (role !== undefined) out.ariaRole = role
    if (extra.checked !== undefined) out.ariaChecked = extra.checked
    if (extra.selected !== undefined) out.ariaSelected = extra.selected
  }
  return out
}

/** A heading of the given level (1 for the page's title, 2 for its sections, 3 below). */
export const heading = (level: 1 | 2 | 3) => a11y(undefined, 'heading', { level })
