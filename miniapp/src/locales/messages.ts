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
    /** Read (not shown) before the current language's name on the language button. */
    label: string
    sheetTitle: string
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
    home: string
    cancel: string
    /** A page whose data arrived in a shape this version cannot show (the error boundary). */
    crashTitle: string
    crashDetail: string
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
    /** One card's tag (singular, where the filter names the kind in the plural). */
    actionTag: string
    planTag: string
    groupAll: string
    count: string
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
    notFound: string
    notFoundDetail: string
    allMeasures: string
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
    resetConfirmTitle: string
    resetConfirm: string
    resetConfirmButton: string
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
      cabbageRdInvestmentWan: string
      cabbageRdInvestmentWanHint: string
      cabbageOutstandingImpact: string
      cabbageOutstandingImpactHint: string
      majorProject: string
      majorProjectHint: string
      majorLevel: string
      majorFundingWan: string
      majorFundingWanHint: string
      majorAligned: string
      majorAlignedHint: string
      openCompetition: string
      openCompetitionHint: string
      openIndustry: string
      openListQuotaWan: string
      openListQuotaWanHint: string
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
      /** 万元: amounts are typed in tens of thousands of yuan, as companies count them. */
      wan: string
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
    startOwn: string
    disclaimer: string
    share: string
    /** Shown before a result is shared: the link carries the company's figures. */
    shareNote: string
    shareConfirm: string
    linkCopied: string
    sharedNotice: string
    linkNewer: string
    linkBroken: string
    outcome: {
      passed: string
      failed: string
      missing: string
      unstated: string
      info: string
    }
  }
}
