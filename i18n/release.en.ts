import type { ReleaseEntryId } from '../rules/release.ts'

/**
 * The release in English: this project's own translation, not an official one (GET /v1/source
 * says so). Written by hand from the Chinese, entry by entry, with the terms of glossary.ts
 * (official English where Beijing's English pages have one). Each entry also translates the
 * passages the API cites from it, keyed by the stored quote; every such translation is a
 * substring of the entry's text (a test checks), so a reader finds the cited words in the
 * translated entry exactly as the citation gives them.
 */
export interface TranslatedEntry {
  text: string
  /** Stored (Traditional) quote → its English, a substring of `text`. */
  quotes?: Readonly<Record<string, string>>
}

export const releaseEn: Readonly<Record<ReleaseEntryId, TranslatedEntry>> = {
  title: {
    text: 'Beijing E-Town releases the "Sci-Tech Innovation 20 Measures, Version 2.0"',
  },
  'p-intro': {
    text:
      'Recently, the Administrative Committee of Beijing Economic-Technological Development Area issued the Several Opinions of Beijing Economic-Technological Development Area on Further Stimulating Innovation and Building a Main Base for High-End, Precision and Sophisticated Industries (hereinafter the "Sci-Tech Innovation 20 Measures, Version 2.0 Policy"), which sets out to carry out six development plans and implement 14 key actions, pooling innovation resources, stimulating innovation, strengthening coordination between departments and developing new quality productive forces suited to local conditions, so as to make E-Town a sci-tech and industrial innovation hub with global influence.',
    quotes: {
      '提出落實六大發展計劃、實施14項重點行動': 'sets out to carry out six development plans and implement 14 key actions',
    },
  },
  'h-original-innovation': {
    text: '"Real money" backs original innovation',
  },
  'h-project-cap': {
    text: 'Up to CNY 100 million in R&D support for a single project',
    quotes: {
      '單個項目最高1億元研發支援': 'Up to CNY 100 million in R&D support for a single project',
    },
  },
  'p-original-innovation': {
    text:
      'To strengthen the layout of original innovation, the Sci-Tech Innovation 20 Measures, Version 2.0 Policy implements the High-End, Precision and Sophisticated Industries Layout Action, the Special Sci-Tech Innovation Projects Action and others, 4 key actions in all. It implements the Industrial Foundation Strengthening Action, laying out Baicaixin ("cabbage heart") engineering projects. The projects address the fields of carrying out major national strategies and building security capabilities in key areas, putting major technological achievements into practice, and the innovative application of advanced processes. For example, for those operating lawfully within Yizhuang New Town, projects that take on Baicaixin engineering receive, in the form of payment on review, funding of up to 50% of their R&D investment; for Baicaixin engineering projects with a particularly strong pull on industrial development, a single project is given up to CNY 100 million in R&D support.',
    quotes: {
      '實施高精尖産業佈局行動、科技創新專項行動等4項重點行動':
        'implements the High-End, Precision and Sophisticated Industries Layout Action, the Special Sci-Tech Innovation Projects Action and others, 4 key actions in all',
      '實施高精尖産業佈局行動': 'implements the High-End, Precision and Sophisticated Industries Layout Action',
      '科技創新專項行動': 'the Special Sci-Tech Innovation Projects Action',
      '實施産業強基行動,佈局“白菜心”工程項目': 'implements the Industrial Foundation Strengthening Action, laying out Baicaixin ("cabbage heart") engineering projects',
      '項目圍繞國家重大戰略實施和重點領域安全能力建設、重大技術成果落地轉化和先進工藝創新應用領域':
        'The projects address the fields of carrying out major national strategies and building security capabilities in key areas, putting major technological achievements into practice, and the innovative application of advanced processes',
      '在亦莊新城範圍內依法經營的': 'operating lawfully within Yizhuang New Town',
      '承擔“白菜心”工程的項目': 'projects that take on Baicaixin engineering',
      '按評審兌現的形式': 'in the form of payment on review',
      '按評審兌現的形式給予研發投入最高50%的資金支援': 'in the form of payment on review, funding of up to 50% of their R&D investment',
      '對産業發展帶動效應特別突出的“白菜心”工程項目,單個項目最高給予1億元研發支援':
        'for Baicaixin engineering projects with a particularly strong pull on industrial development, a single project is given up to CNY 100 million in R&D support',
      '單個項目最高給予1億元研發支援': 'a single project is given up to CNY 100 million in R&D support',
    },
  },
  'p-innovation-relay': {
    text:
      "It implements the Innovation Relay Action, providing matching support for special sci-tech innovation projects. In line with Beijing's layout of high-end, precision and sophisticated industries, it encourages enterprises to apply for projects supported by national and Beijing government funds. For example, organizations whose applications succeed receive matching awards for major special sci-tech innovation projects, supporting innovations with a technological competitive edge and strengthening the technological backing for industrial innovation; organizations that undertake national or Beijing major special sci-tech and industrial projects and fit E-Town's development direction, once recognized, receive up to CNY 30 million in 1:1 matching funds.",
    quotes: {
      '實施科創接力行動,配套支援科技創新專項': 'implements the Innovation Relay Action, providing matching support for special sci-tech innovation projects',
      '鼓勵企業申請國家、北京市財政資金支援項目': 'encourages enterprises to apply for projects supported by national and Beijing government funds',
      '對申請成功的單位給予科技創新重大專項配套獎勵': 'organizations whose applications succeed receive matching awards for major special sci-tech innovation projects',
      '對承擔國家、北京市重大科技和産業專項': 'organizations that undertake national or Beijing major special sci-tech and industrial projects',
      '且符合經開區發展方向的,經認定': "and fit E-Town's development direction, once recognized",
      '給予最高3000萬元的1:1資金配套支援': 'receive up to CNY 30 million in 1:1 matching funds',
      '1:1資金配套支援': '1:1 matching funds',
    },
  },
  'h-innovation-factors': {
    text: '"Five major actions" pool the elements of innovation and development',
  },
  'h-spring-shoots': {
    text: 'The "Chunsun" (Spring Shoots) Action helps enterprises break ground and grow',
  },
  'p-spring-shoots': {
    text:
      'To pool the elements of innovation and development, the Sci-Tech Innovation 20 Measures, Version 2.0 Policy implements the SME "Chunsun" (Spring Shoots) Action, the Tech Incubator Building Action and others, 5 key actions in all. It implements the SME "Chunsun" (Spring Shoots) Action, strengthening support through business space. Beijing E-Town encourages incubators, science parks and other kinds of industrial premises, in line with how SMEs develop, to offer space in tiers and to provide, alongside it, enabling services such as technology transfer, matching with finance, business incubation and industrial integration, lowering enterprises\' operating costs and helping them develop into specialized and sophisticated SMEs that produce new and unique products. For example, certified tech-based SMEs receive, at a rate of up to CNY 1.5 per m² per day, a rent subsidy for up to 3 consecutive years; of these, for those with fewer than 100 employees, the subsidized area is at most 1,000 m², and for those with more than 100 employees (100 included), at most 2,000 m²; where the rent is below CNY 1.5 per m² per day or the leased area is below the maximum standard, the subsidy is calculated on the actual rent rate and leased area.',
    quotes: {
      '實施中小企業“春筍”行動、科技孵化器創建行動等5項重點行動':
        'implements the SME "Chunsun" (Spring Shoots) Action, the Tech Incubator Building Action and others, 5 key actions in all',
      '實施中小企業“春筍”行動,強化空間載體支援': 'implements the SME "Chunsun" (Spring Shoots) Action, strengthening support through business space',
      '分層次予以空間載體支援': 'offer space in tiers',
      '配套提供成果轉化、資金對接、企業孵化、産業融通等賦能服務':
        'provide, alongside it, enabling services such as technology transfer, matching with finance, business incubation and industrial integration',
      '對經認定的科技型中小企業': 'certified tech-based SMEs',
      '按照最高1.5元/平方米/天的標準': 'at a rate of up to CNY 1.5 per m² per day',
      '給予最長連續3年房租補貼支援': 'a rent subsidy for up to 3 consecutive years',
      '人數少於100人的,支援面積不超過1000平方米,人數超過100人(含100人)的':
        'for those with fewer than 100 employees, the subsidized area is at most 1,000 m², and for those with more than 100 employees (100 included)',
      '人數少於100人的,支援面積不超過1000平方米': 'for those with fewer than 100 employees, the subsidized area is at most 1,000 m²',
      '人數超過100人(含100人)的,支援面積不超過2000平方米': 'for those with more than 100 employees (100 included), at most 2,000 m²',
      '按照實際租金單價和承租面積計算': 'calculated on the actual rent rate and leased area',
      '租金低於1.5元/平方米/天或承租面積少於最高標準的,按照實際租金單價和承租面積計算':
        'where the rent is below CNY 1.5 per m² per day or the leased area is below the maximum standard, the subsidy is calculated on the actual rent rate and leased area',
    },
  },
  'p-incubator-building': {
    text:
      'It implements the Tech Incubator Building Action, raising the capacity to incubate sci-tech enterprises. Beijing E-Town will build high-quality incubators, speed up building a group of flagship incubators led by leading enterprises, actively guide tech incubation businesses towards specialized, targeted and international development, optimize the allocation of sci-tech innovation resources, connect the chain that turns sci-tech results into applications, and stimulate innovation and entrepreneurship. For example, parks are encouraged to support incubators in building up their space and to actively incubate tech-based enterprises. Certified tech business incubators receive operating support of up to CNY 30 million in total over 3 years. Incubators are encouraged to raise their specialist incubation capacity and to actively apply for national and municipal incubator status. An assessment, evaluation and exit mechanism for incubators is set up, and a dedicated fund, putting in CNY 10 million a year, gives financial support to a group of incubators with notable operating results.',
    quotes: {
      '實施科技孵化器創建行動,提升科創企業孵化能力': 'implements the Tech Incubator Building Action, raising the capacity to incubate sci-tech enterprises',
      '加快建設一批以龍頭企業為引領的領航級孵化器': 'speed up building a group of flagship incubators led by leading enterprises',
      '鼓勵園區為孵化器提供空間建設支援': 'parks are encouraged to support incubators in building up their space',
      '對經認定的科技企業孵化器給予3年最高累計3000萬元運營支援': 'Certified tech business incubators receive operating support of up to CNY 30 million in total over 3 years',
      '給予3年最高累計3000萬元運營支援': 'receive operating support of up to CNY 30 million in total over 3 years',
      '對經認定的科技企業孵化器': 'Certified tech business incubators',
      '積極申報國家、市級孵化器': 'actively apply for national and municipal incubator status',
      '建立孵化器考核評價和退出機制,設立專項資金,每年投入1000萬元':
        'An assessment, evaluation and exit mechanism for incubators is set up, and a dedicated fund, putting in CNY 10 million a year',
      '設立專項資金,每年投入1000萬元,對運營成效顯著的一批孵化器給予資金支援':
        'a dedicated fund, putting in CNY 10 million a year, gives financial support to a group of incubators with notable operating results',
      '每年投入1000萬元,對運營成效顯著的一批孵化器給予資金支援':
        'putting in CNY 10 million a year, gives financial support to a group of incubators with notable operating results',
    },
  },
  'h-innovation-ecosystem': {
    text: 'Diverse measures improve the innovation ecosystem',
  },
  'h-policy-rewards': {
    text: 'Policy rewards drive the iteration and upgrading of industries',
  },
  'p-innovation-ecosystem': {
    text:
      'To improve the sci-tech innovation ecosystem, the Sci-Tech Innovation 20 Measures, Version 2.0 Policy implements the Industry–Academia–Research–Application Collaboration Action, the Future Industries Outlook Action and others, 5 key actions in all.',
    quotes: {
      '實施産學研用協同行動': 'implements the Industry–Academia–Research–Application Collaboration Action',
      '實施産學研用協同行動、未來産業瞭望行動等5項重點行動':
        'implements the Industry–Academia–Research–Application Collaboration Action, the Future Industries Outlook Action and others, 5 key actions in all',
    },
  },
  'p-leading-industry-chains': {
    text:
      'It implements the Leading Industry Chain Strengthening Action, laying out projects run by open bidding for selecting the best candidates. To meet the need to upgrade E-Town\'s industrial and supply chains, it focuses on next-generation information technology, biomedicine and health, robotics and intelligent manufacturing, intelligent connected vehicles and other leading industries, laying out and supporting a group of projects run by open bidding for selecting the best candidates. Through an approach in which the government builds the platform, chain-leading enterprises set the questions, innovators answer them and the industry chain verifies the results, it guides industry, academia, research and users to tackle problems together, strengthens the precise, market-oriented matching of innovation resources and drives breakthroughs and upgrades of industry chains as a whole. For example, for organizations whose applications succeed, funding is given according to "milestone" points; the funding for a single project is not higher than the support amount set in the challenge list, each project receives at most CNY 10 million, and a budget of CNY 100 million is allocated each year.',
    quotes: {
      '實施主導産業強鏈行動,佈局揭榜挂帥項目': 'implements the Leading Industry Chain Strengthening Action, laying out projects run by open bidding for selecting the best candidates',
      '聚焦新一代資訊技術、生物醫藥和大健康、機器人和智慧製造、智慧網聯汽車等主導産業':
        'focuses on next-generation information technology, biomedicine and health, robotics and intelligent manufacturing, intelligent connected vehicles and other leading industries',
      '智慧網聯汽車等主導産業': 'intelligent connected vehicles and other leading industries',
      '通過政府搭臺、鏈主企業出題、創新主體答題、産業鏈驗證方式':
        'Through an approach in which the government builds the platform, chain-leading enterprises set the questions, innovators answer them and the industry chain verifies the results',
      '根據“里程碑”節點予以資金支援': 'funding is given according to "milestone" points',
      '對成功申報的單位': 'for organizations whose applications succeed',
      '單個項目資助金額不高於榜單規定的支援額度': 'the funding for a single project is not higher than the support amount set in the challenge list',
      '每個項目支援金額最高為1000萬元': 'each project receives at most CNY 10 million',
      '每年安排預算1億元': 'a budget of CNY 100 million is allocated each year',
    },
  },
  'p-future-industries-outlook': {
    text:
      'It implements the Future Industries Outlook Action, supporting disruptive technological innovation. Focusing on commercial aerospace, quantum communication, embodied intelligence, brain-computer interfaces, autonomous driving, 6G communication, synthetic biology and other future-industry fields, it carries out outlook actions, discovering and selecting a group of forward-looking, pioneering early-stage innovation projects. For example, it explores setting up a proof-of-concept fund, preferably by way of a "horse race", to support early-stage innovation projects in carrying out proof of principle, prototype preparation and feasibility testing, and validation of products and scenario systems, assessing technical feasibility and commercial potential and helping sci-tech results cross the "valley of death". Once recognized, shortlisted innovation projects receive up to CNY 2 million of funding per project.',
    quotes: {
      '實施未來産業瞭望行動,支援顛覆性技術創新': 'implements the Future Industries Outlook Action, supporting disruptive technological innovation',
      '聚焦商業航太、量子通信、具身智慧、腦機介面、自動駕駛、6G通信、合成生物等未來産業領域':
        'Focusing on commercial aerospace, quantum communication, embodied intelligence, brain-computer interfaces, autonomous driving, 6G communication, synthetic biology and other future-industry fields',
      '合成生物等未來産業領域': 'synthetic biology and other future-industry fields',
      '探索設立概念驗證基金,優先以“賽馬”方式': 'explores setting up a proof-of-concept fund, preferably by way of a "horse race"',
      '進行原理驗證、原型製備與可行性測試、産品與場景體系驗證':
        'carrying out proof of principle, prototype preparation and feasibility testing, and validation of products and scenario systems',
      '經認定,對入圍的創新項目': 'Once recognized, shortlisted innovation projects',
      '給予單個項目最高200萬元的資金支援': 'receive up to CNY 2 million of funding per project',
    },
  },
  'p-development-plans': {
    text:
      "In addition, building on E-Town's deep industrial foundation and its functional role, the Sci-Tech Innovation 20 Measures, Version 2.0 Policy focuses on carrying out six development plans: R&D Investment Incentives, Innovation Achievement Awards, Tiered Cultivation of Innovative Enterprises, Sci-Tech Services Upgrade, Regional Innovation Collaboration and International Innovation Cooperation. They cover every kind of industry in the area and supply policies that benefit enterprises precisely where they are needed.",
    quotes: {
      '激勵研發投入': 'R&D Investment Incentives',
      '獎勵創新成果': 'Innovation Achievement Awards',
      '梯度培育創新企業': 'Tiered Cultivation of Innovative Enterprises',
      '躍升科技服務業': 'Sci-Tech Services Upgrade',
      '區域創新協同': 'Regional Innovation Collaboration',
      '國際創新合作': 'International Innovation Cooperation',
    },
  },
  'p-targets': {
    text:
      '"Through the implementation of the Sci-Tech Innovation 20 Measures, Version 2.0 Policy, we hope to reach these growth targets: by 2027, the number of national high-tech enterprises in E-Town will exceed 2,700, specialized and sophisticated SMEs that produce new and unique products will reach 1,200, and the growth of R&D investment by enterprises above designated size will stay at 8% or more; we hope to empower sci-tech innovation and industrial innovation to drive development together, achieve breakthroughs in a number of key core technologies, foster a group of hard-core innovative enterprises, build a first-class innovation and industry ecosystem, promote the deep integration of the innovation, industrial, talent and capital chains, form a sci-tech and industrial innovation hub with global influence, and be a trailblazer in building the capital\'s model zone of new quality productive forces," said an official in charge at the Beijing E-Town Bureau of Science, Technology and Industry Promotion.',
    quotes: {
      '到2027年,經開區國家高新技術企業數量超2700家': 'by 2027, the number of national high-tech enterprises in E-Town will exceed 2,700',
      '專精特新中小企業達到1200家': 'specialized and sophisticated SMEs that produce new and unique products will reach 1,200',
      '規上企業研發投入增長維持在8%以上': 'the growth of R&D investment by enterprises above designated size will stay at 8% or more',
    },
  },
}
