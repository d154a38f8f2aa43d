import { measures, groups, measureById, unstatedAspects, planIds, type Measure, type MeasureId } from '../../rules/measures.ts'
import { parameters, type Parameter, type ParameterId } from '../../rules/parameters.ts'
import { policy } from '../../rules/policy.ts'
import { sources, type Citation } from '../../rules/sources.ts'
import { formatFigure } from '../lib/format.ts'
import type { Translator } from '../lib/messages.ts'
import type { MessageKey } from '../../i18n/zh-Hans.ts'
import type { CitationDto, FigureDto, MeasureDto, PolicyDto } from '../schemas.ts'
import { articleQuote, articleUrl } from './source.ts'

/** Joins rule data with one language's text. Pure: the same input always gives the same body. */

/**
 * Article quotes are the release's own words in the response's script, exactly as its entry in
 * GET /v1/source gives them (see i18n/release.ts): verbatim for zh-Hant-TW, the reconstructed
 * Simplified original for zh-Hans and en (en adds its translation), converted for zh-Hant and
 * zh-Hant-HK. They link the portal page of the same script.
 */
export function citationDto(citation: Citation, t: Translator): CitationDto {
  switch (citation.source) {
    case 'article':
      return { source: 'article', url: articleUrl(t.language), line: citation.line, ...articleQuote(citation, t.language) }
    case 'convention':
      return { source: 'convention', url: null, line: null, entry: null, quote: t('citation.convention') }
    default:
      return { source: citation.source, url: sources[citation.source].url, line: null, entry: null, quote: citation.quote }
  }
}

/** The figure in version 1.0 of the policy, where that version stated it. */
function previousVersion(parameter: Parameter) {
  const previous = parameter.versions.find((v) => v.version === '1.0')
  if (!previous) return undefined
  return { ...previous, unit: previous.unit ?? parameter.unit, period: previous.period ?? parameter.period, bound: parameter.bound }
}

export function figureDto(parameter: Parameter, t: Translator): FigureDto {
  const current = parameter.versions[parameter.versions.length - 1]!
  const previous = previousVersion(parameter)
  return {
    id: parameter.id,
    label: t(`figure.${parameter.id}` as MessageKey),
    value: current.value,
    unit: parameter.unit,
    bound: parameter.bound,
    period: parameter.period ?? null,
    text: formatFigure(parameter, t),
    since: current.since ?? null,
    citation: citationDto(current.citation, t),
    previous: previous
      ? {
          value: previous.value,
          unit: previous.unit,
          text: t('figure.previous', { text: formatFigure(previous, t) }),
          citation: citationDto(previous.citation, t),
        }
      : null,
  }
}

const figure = (id: ParameterId, t: Translator) => figureDto(parameters[id], t)

export function measureDto(measure: Measure, t: Translator): MeasureDto {
  const key = (suffix: string) => `measure.${measure.id}.${suffix}`
  const figures = measure.figures.map((id) => figure(id, t))
  return {
    id: measure.id,
    kind: measure.kind,
    group: measure.group ?? null,
    title: t(key('title') as MessageKey),
    name: t.maybe(key('name')) ?? null,
    summary: t(key('summary') as MessageKey),
    benefits: measure.support.map((item) => ({
      key: item.key,
      text: t(key(`support.${item.key}`) as MessageKey),
      amounts: (item.figures ?? []).map((id) => figure(id, t)),
      citation: citationDto(item.citation, t),
    })),
    figures,
    conditions: measure.conditions.map((condition) => ({
      id: condition.id,
      text: t(`condition.${measure.id}.${condition.id}` as MessageKey),
      citation: citationDto(condition.citation, t),
    })),
    notes: measure.notes.map((note) => ({
      key: note.key,
      text: t(key(`note.${note.key}`) as MessageKey),
      citation: citationDto(note.citation, t),
    })),
    changes: measure.figures.flatMap((id, i) => {
      const parameter = parameters[id]
      const previous = previousVersion(parameter)
      if (!previous || (previous.value === parameter.value && previous.unit === parameter.unit && previous.period === parameter.period)) return []
      const { label, text: after } = figures[i]!
      return [{ figureId: id, text: t('figure.change', { label, before: formatFigure(previous, t), after }) }]
    }),
    notStated: unstatedAspects(measure).map((aspect) => ({ aspect, text: t(`notStated.${aspect}`) })),
    eligibilityEvaluated: measure.evaluated,
    citation: citationDto(measure.citation, t),
  }
}

export function measureDtoById(id: MeasureId, t: Translator): MeasureDto | undefined {
  const measure = measureById.get(id)
  return measure && measureDto(measure, t)
}

export function policySummary(t: Translator) {
  return {
    id: policy.id,
    title: t('policy.title'),
    nickname: t('policy.nickname'),
    issuer: t('policy.issuer'),
    signed: policy.signed,
    announced: policy.announced,
  }
}

export function policyDto(t: Translator): PolicyDto {
  return {
    ...policySummary(t),
    summary: t('policy.summary'),
    headline: t('policy.headline'),
    actionCount: policy.actionCount,
    planCount: policy.planCount,
    targetYear: policy.targetYear,
    targets: policy.targets.map((id) => figure(id, t)),
    groups: groups.map((group) => {
      const unnamed = group.actionCount - group.namedActions.length
      return {
        id: group.id,
        title: t(`group.${group.id}.title`),
        summary: t(`group.${group.id}.summary`),
        actionCount: group.actionCount,
        namedActions: group.namedActions.map((id) => ({ id, title: t(`measure.${id}.title`) })),
        unnamedActionCount: unnamed,
        unnamedActionsNote: unnamed > 0 ? t('policy.unnamed-actions', { named: group.namedActions.length, unnamed }) : null,
        citation: citationDto(group.citation, t),
      }
    }),
    plans: planIds.map((id) => ({ id, title: t(`measure.${id}.title`) })),
    sources: Object.values(sources).map((source) => ({
      id: source.id,
      kind: source.kind,
      title: t(`policy.source.${source.id}`),
      publisher: t(`source.publisher.${source.publisher}`),
      published: source.published,
      url: source.url,
    })),
    citation: citationDto(policy.citation, t),
  }
}

export function measureListDto(t: Translator, filter: { kind?: Measure['kind']; group?: Measure['group'] }) {
  const selected = measures.filter((m) => (!filter.kind || m.kind === filter.kind) && (!filter.group || m.group === filter.group))
  return { policy: policySummary(t), count: selected.length, measures: selected.map((m) => measureDto(m, t)) }
}
