/**
 * Every string the mini-program itself puts on screen (labels, buttons, hints). Policy content
 * comes from the API in the chosen language. zh-Hans and en are written by hand against this
 * interface, so a missing key is a compile error; the Traditional variants are generated from
 * zh-Hans by scripts/build-locales.ts. Placeholders are `{name}`.
 */
export interface Messages {
  app: {
    name: string
    tagline: string
  }
  language: {
    button: string
    sheetTitle: string
    cancel: string
  }
  common: {
    loading: string
    retry: string
    errorTitle: string
    networkError: string
    serverError: string
    offlineNotice: string
    refreshed: string
    copy: string
    copied: string
    copyFailed: string
    back: string
    details: string
    yes: string
    no: string
    unsure: string
  }
  /** Money for the form's live preview; zh uses 万/亿, en uses million. */
  money: {
    yuan: string
    wan: string
    yi: string
    million: string
  }
  home: {
    title: string
    signed: string
    announced: string
    issuer: string
    targetsTitle: string
    groupsTitle: string
    groupActions: string
    plansTitle: string
    sourcesTitle: string
    checkCta: string
    checkCtaHint: string
    measuresCta: string
    sourceCta: string
  }
  measures: {
    title: string
    filterKind: string
    filterGroup: string
    kindAll: string
    kindAction: string
    kindPlan: string
    groupAll: string
    count: string
    noAmounts: string
    empty: string
    checkable: string
  }
  measure: {
    title: string
    whatYouGet: string
    whoQualifies: string
    noConditions: string
    figures: string
    figureSince: string
    changes: string
    previous: string
    notes: string
    notStated: string
    source: string
    /** Above a quote that has a translation (en): the quote is the Chinese original. */
    quoteOriginal: string
    quoteTranslation: string
    /** Opens the quoted entry in the source screen. */
    readInSource: string
    sourceKinds: {
      article: string
      fullText: string
      version1: string
      convention: string
    }
    openSource: string
    copyUrl: string
    urlCopied: string
    share: string
    copyLink: string
    linkCopied: string
    checkThis: string
  }
  /** The news release itself, entry by entry (pages/source). */
  source: {
    title: string
    attribution: string
    openPage: string
    copyUrl: string
    urlCopied: string
    /** The switch that shows the Simplified original under each entry (every language but zh-Hans). */
    showOriginal: string
    originalLabel: string
    measuresHere: string
  }
  check: {
    title: string
    intro: string
    stepOf: string
    next: string
    previous: string
    review: string
    submit: string
    reset: string
    resetDone: string
    edit: string
    notAnswered: string
    fixErrors: string
    keptNotice: string
    steps: {
      company: string
      space: string
      projects: string
      competitions: string
      review: string
    }
    questions: {
      operatesInYizhuangNewTown: string
      operatesInYizhuangNewTownHint: string
      certifiedTechSme: string
      certifiedTechSmeHint: string
      certifiedIncubator: string
      certifiedIncubatorHint: string
      rents: string
      rentsHint: string
      rentAreaSqm: string
      rentAreaSqmHint: string
      rentYuanPerSqmPerDay: string
      rentYuanPerSqmPerDayHint: string
      employees: string
      employeesHint: string
      cabbageHeart: string
      cabbageHeartHint: string
      cabbageRdInvestmentYuan: string
      cabbageRdInvestmentYuanHint: string
      cabbageOutstandingImpact: string
      cabbageOutstandingImpactHint: string
      majorProject: string
      majorProjectHint: string
      majorLevel: string
      majorFundingYuan: string
      majorFundingYuanHint: string
      majorAligned: string
      majorAlignedHint: string
      openCompetition: string
      openCompetitionHint: string
      openIndustry: string
      openListQuotaYuan: string
      openListQuotaYuanHint: string
      futureIndustry: string
      futureIndustryHint: string
      futureField: string
      futureShortlisted: string
      futureShortlistedHint: string
    }
    units: {
      sqm: string
      yuanPerSqmPerDay: string
      persons: string
      yuan: string
    }
    placeholder: string
    preview: string
    /** Under a choice whose names (from the API) could not be loaded: the values show instead. */
    choicesUnlabelled: string
    errors: {
      notANumber: string
      negative: string
      notWhole: string
      tooSmall: string
      tooLarge: string
      tooManyDecimals: string
    }
  }
  results: {
    title: string
    summary: string
    maxAmount: string
    perYear: string
    howComputed: string
    reasons: string
    stillNeeded: string
    answerMore: string
    notEvaluated: string
    notEvaluatedHint: string
    editAnswers: string
    noAnswers: string
    startCheck: string
    disclaimer: string
    outcome: {
      passed: string
      failed: string
      missing: string
      unstated: string
      info: string
    }
  }
}
