/** UNOSSC's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { type SeedData, trainingRecord } from '@ssc/agency-kit/seed';

/** Users of the facts are roles, not people. */
const OFFICER = 'unossc-officer';

const UNOSSC = {
  role: 'FACILITATOR',
  organisationRole: 'ACCOUNTABLE',
  name: 'United Nations Office for South-South Cooperation',
  nameTranslations: [
    { lang: 'fr', text: 'Bureau des Nations Unies pour la coopération Sud-Sud' },
    { lang: 'es', text: 'Oficina de las Naciones Unidas para la Cooperación Sur-Sur' },
  ],
  agencyCode: 'UNOSSC',
} as const;

export const facts: SeedData = {
  institutions: [
    {
      id: 'UNOSSC-I-000001',
      name: 'United Nations Development Programme',
      acronym: 'UNDP',
      organisationType: '40',
      iatiIdentifier: 'XM-DAC-41114',
    },
    {
      id: 'UNOSSC-I-000002',
      name: 'Ministry of Agriculture and Rural Development of Guinea-Bissau',
      country: 'GW',
      organisationType: '10',
    },
    { id: 'UNOSSC-I-000003', name: 'Group of 77', acronym: 'G-77', organisationType: '40' },
  ],
  projects: [
    trainingRecord('UNOSSC', {
      participants: [
        { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          country: 'JP',
          agencyCode: 'JICA',
        },
        UNOSSC,
      ],
      extra: { fund: 'UN_FUND_FOR_SSC' },
    }),
    {
      id: 'UNOSSC-P-000002',
      iatiLocalId: 'IBSA-GW-AGRI',
      title: 'IBSA Fund: development of agriculture and small-animal husbandry in Guinea-Bissau',
      description:
        'Project of the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation (IBSA Fund, established 2004), ' +
        'managed by UNOSSC: improved seeds, small-animal husbandry and training of farmers in Guinea-Bissau.',
      status: 'CLOSED',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2005-01-01',
      plannedEnd: '2009-12-31',
      actualStart: '2005-01-01',
      actualEnd: '2009-12-31',
      recipientCountries: ['GW'],
      sectors: ['31120', '31163'],
      sdgs: [1, 2],
      participants: [
        { role: 'FUNDER', organisationRole: 'FUNDING', name: 'Government of India', country: 'IN' },
        { role: 'FUNDER', organisationRole: 'FUNDING', name: 'Government of Brazil', country: 'BR' },
        { role: 'FUNDER', organisationRole: 'FUNDING', name: 'Government of South Africa', country: 'ZA' },
        UNOSSC,
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of Agriculture and Rural Development of Guinea-Bissau',
          country: 'GW',
          institutionId: 'UNOSSC-I-000002',
        },
      ],
      extra: { fund: 'IBSA_FUND' },
    },
    {
      id: 'UNOSSC-P-000003',
      iatiLocalId: 'IBSA-HT-WASTE',
      title: 'IBSA Fund: solid-waste collection to reduce violence in Carrefour-Feuilles, Haiti',
      narratives: [
        {
          field: 'TITLE',
          lang: 'fr',
          text: 'Fonds IBSA : collecte des déchets solides pour réduire la violence à Carrefour-Feuilles, Haïti',
        },
      ],
      description: 'IBSA Fund project managed by UNOSSC: community solid-waste collection and recycling as a tool to reduce violence.',
      status: 'CLOSED',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2006-01-01',
      plannedEnd: '2009-12-31',
      actualStart: '2006-01-01',
      actualEnd: '2010-06-30',
      recipientCountries: ['HT'],
      sectors: ['14050'],
      sdgs: [11, 16],
      participants: [
        { role: 'FUNDER', organisationRole: 'FUNDING', name: 'IBSA Fund (India, Brazil, South Africa)' },
        UNOSSC,
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Carrefour-Feuilles community',
          nameTranslations: [{ lang: 'fr', text: 'Communauté de Carrefour-Feuilles' }],
          country: 'HT',
        },
      ],
      extra: { fund: 'IBSA_FUND' },
    },
    {
      id: 'UNOSSC-P-000004',
      iatiLocalId: 'PGTF',
      title: 'Pérez-Guerrero Trust Fund for South-South Cooperation: support to projects of developing countries',
      narratives: [
        {
          field: 'TITLE',
          lang: 'es',
          text: 'Fondo Fiduciario Pérez-Guerrero para la Cooperación Sur-Sur: apoyo a proyectos de países en desarrollo',
        },
      ],
      description:
        'The Pérez-Guerrero Trust Fund (PGTF), established by the UN General Assembly in 1983 (resolution 38/201) and managed by ' +
        'UNOSSC for the Group of 77, gives seed money to economic and technical cooperation among developing countries.',
      status: 'IMPLEMENTATION',
      modality: 'REGIONAL',
      collaborationType: '2',
      plannedStart: '1986-01-01',
      actualStart: '1986-01-01',
      recipientCountries: ['BO', 'GH', 'LK', 'PE', 'SN'],
      sectors: ['15123'],
      sdgs: [17],
      participants: [
        {
          role: 'FUNDER',
          organisationRole: 'FUNDING',
          name: 'Group of 77',
          nameTranslations: [
            { lang: 'es', text: 'Grupo de los 77' },
            { lang: 'fr', text: 'Groupe des 77' },
          ],
          institutionId: 'UNOSSC-I-000003',
        },
        UNOSSC,
      ],
      extra: { fund: 'PEREZ_GUERRERO_TRUST_FUND' },
    },
    {
      id: 'UNOSSC-P-000005',
      iatiLocalId: 'UNFSSC',
      title: 'United Nations Fund for South-South Cooperation: South-South knowledge sharing',
      description:
        'Activities of the UN Fund for South-South Cooperation, managed by UNOSSC: knowledge sharing and capacity development for SSC.',
      status: 'IMPLEMENTATION',
      modality: 'REGIONAL',
      collaborationType: '2',
      plannedStart: '2014-01-01',
      actualStart: '2014-01-01',
      recipientCountries: ['KE', 'ID', 'MX', 'ZA'],
      sectors: ['15123'],
      sdgs: [17],
      participants: [
        UNOSSC,
        { role: 'FUNDER', organisationRole: 'FUNDING', name: 'United Nations Development Programme', institutionId: 'UNOSSC-I-000001' },
      ],
      extra: { fund: 'UN_FUND_FOR_SSC' },
    },
  ],
  evaluations: [
    {
      id: 'UNOSSC-E-000001',
      projectId: 'ABC-P-000001',
      type: 'JOINT',
      date: '2013-05-15',
      evaluators: ['UNOSSC', 'ABC', 'JICA'],
      ratings: {
        RELEVANCE: { score: 3, narrative: 'Participants asked for exactly these five topics in the January planning workshop.' },
        EFFECTIVENESS: { score: 3, narrative: 'Best practices from Chile, Ghana, Colombia, Mexico, Thailand, Egypt and Kenya shared.' },
        EFFICIENCY: { score: 2, narrative: 'Five days for five topics left little time for group work.' },
        IMPACT: { score: 2, narrative: 'Several participants planned talent-bank and demand-intake procedures at home.' },
        SUSTAINABILITY: { score: 2, narrative: 'Follow-up depends on each agency.' },
      },
      overallRating: 'B',
      findings: 'Joint review of the 2013 training by its three organisers (illustrative ratings, see SOURCES.md).',
      lessons: 'A solid legal framework, a demand procedure, joint monitoring and a talent bank were the lessons most cited.',
      recommendations: 'Build an information system for monitoring and evaluation shared among SSC agencies.',
      signOffs: [
        { agency: 'UNOSSC', user: 'unossc-evaluator', at: '2013-05-15T15:00:00.000Z' },
        { agency: 'ABC', user: 'abc-evaluator', at: '2013-05-17T14:00:00.000Z' },
        { agency: 'JICA', user: 'jica-evaluator', at: '2013-05-20T02:00:00.000Z' },
      ],
    },
  ],
  requests: [
    {
      id: 'UNOSSC-R-000001',
      title: 'Follow-up support to seed multiplication and small-animal husbandry in Guinea-Bissau',
      description:
        'The Ministry of Agriculture and Rural Development of Guinea-Bissau asks for a follow-up to the IBSA Fund project on ' +
        'agriculture and small-animal husbandry (illustrative request).',
      sectors: ['31120', '31163'],
      sdgs: [1, 2],
      requester: { name: 'Ministry of Agriculture and Rural Development of Guinea-Bissau', country: 'GW' },
      desiredModality: 'TRIANGULAR',
      submittedAt: '2026-06-02T14:00:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'UNOSSC',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-06-20T15:30:00.000Z',
          user: OFFICER,
          agency: 'UNOSSC',
          comment: 'Prepared for the review of the IBSA Fund.',
        },
      ],
    },
    {
      id: 'UNOSSC-R-000002',
      title: "Documenting Indonesia's South-South cooperation good practices for knowledge sharing",
      description:
        "Indonesia's Bureau for Technical Cooperation asks UNOSSC to help document good practices of Indonesian South-South " +
        'cooperation and share them with other developing countries (illustrative request).',
      sectors: ['15123'],
      sdgs: [17],
      requester: { name: 'Bureau for Technical Cooperation, Ministry of State Secretariat', country: 'ID', agency: 'INDONESIA' },
      desiredModality: 'REGIONAL',
      submittedAt: '2026-03-03T03:00:00.000Z',
      submittedBy: 'indonesia-officer',
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-03-16T14:10:00.000Z',
          user: OFFICER,
          agency: 'UNOSSC',
          comment: 'Reviewed with the knowledge team.',
        },
        { to: 'ACCEPTED', at: '2026-05-27T16:00:00.000Z', user: OFFICER, agency: 'UNOSSC', comment: 'Included in the 2027 work plan.' },
      ],
    },
  ],
  experts: [
    {
      id: 'UNOSSC-X-000001',
      name: 'Fatou Ndour Ba',
      nationality: 'SN',
      sectors: ['15123'],
      languages: ['fr', 'en', 'wo'],
      expertiseSummary: 'Specialist (fictional person) in South-South knowledge sharing and the documentation of good practices.',
      contact: { name: 'Fatou Ndour Ba', email: 'fatou.ba@example.org' },
      availability: [{ from: '2027-01-11', to: '2027-12-17' }],
    },
    {
      id: 'UNOSSC-X-000002',
      name: 'Lucía Ibarra Quispe',
      nationality: 'BO',
      sectors: ['31120', '43040'],
      languages: ['es', 'qu', 'en'],
      expertiseSummary: 'Rural development specialist (fictional person): smallholder agriculture and South-South exchanges in the Andes.',
      contact: { name: 'Lucía Ibarra Quispe', email: 'lucia.ibarra@example.org' },
      availability: [{ from: '2026-12-14', to: '2027-04-30' }],
    },
  ],
  lessons: [
    {
      id: 'UNOSSC-L-000001',
      title: 'Five lessons of the 2013 training on the management of South-South cooperation',
      summary:
        'Countries engaged in South-South cooperation should set a solid legal framework that promotes transparency and ' +
        'accountability; give institutions clear roles within an inclusive coordination mechanism, with an information system ' +
        'for monitoring and evaluation; have procedures for receiving demand, for participatory project design with the ' +
        'beneficiary and for joint periodic monitoring and evaluation; use talent bank databases and exchange knowledge among ' +
        'agencies; and develop a communication strategy and tools for domestic stakeholders and for beneficiary countries.',
      projectId: 'UNOSSC-P-000001',
      evaluationId: 'UNOSSC-E-000001',
      sectors: ['15123'],
      countries: ['CL', 'GH', 'CO', 'MX', 'CR', 'TH', 'EG', 'KE', 'ID'],
      createdAt: '2026-03-10T14:00:00.000Z',
      createdBy: 'unossc-evaluator',
      publishedAt: '2026-03-11T15:00:00.000Z',
    },
  ],
  profile: {
    mandate:
      'Hosted by UNDP, UNOSSC promotes, coordinates and supports South-South and triangular cooperation globally and within ' +
      'the United Nations system. It is the secretariat of the High-level Committee on South-South Cooperation and manages ' +
      'the United Nations Fund for South-South Cooperation, the Pérez-Guerrero Trust Fund and the IBSA Fund.',
    legalInstruments: [
      {
        kind: 'RESOLUTION',
        number: '33/134',
        year: 1978,
        title:
          'UN General Assembly resolution 33/134: Buenos Aires Plan of Action for Promoting and Implementing Technical Co-operation among Developing Countries',
        scope: 'Endorses the Buenos Aires Plan of Action (BAPA), the founding framework of South-South cooperation in the UN system.',
      },
      {
        kind: 'RESOLUTION',
        number: '38/201',
        year: 1983,
        title: 'UN General Assembly resolution 38/201',
        scope: 'Establishes the Pérez-Guerrero Trust Fund for South-South Cooperation, managed by UNOSSC for the Group of 77.',
      },
      {
        kind: 'RESOLUTION',
        number: '64/222',
        year: 2009,
        title:
          'UN General Assembly resolution 64/222: Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation',
        scope: 'Endorses the Nairobi outcome document on the principles and the support of the UN system for South-South cooperation.',
      },
      {
        kind: 'RESOLUTION',
        number: '73/291',
        year: 2019,
        title:
          'UN General Assembly resolution 73/291: outcome document of the second High-level United Nations Conference on South-South Cooperation (BAPA+40)',
        scope: 'Endorses the Buenos Aires outcome document adopted forty years after the Buenos Aires Plan of Action.',
      },
    ],
    coordinationMechanisms: [
      {
        name: 'High-level Committee on South-South Cooperation',
        role: 'Subsidiary body of the UN General Assembly that reviews South-South and triangular cooperation; UNOSSC is its secretariat.',
        members: [{ name: 'Representatives of all States participating in the United Nations Development Programme' }],
      },
      {
        name: 'IBSA Fund Board of Directors',
        role: 'Approves the projects of the IBSA Fund; UNOSSC is the fund manager and the secretariat of the board.',
        members: [
          { name: 'Government of India', country: 'IN' },
          { name: 'Government of Brazil', country: 'BR' },
          { name: 'Government of South Africa', country: 'ZA' },
        ],
      },
    ],
    focalPoints: [
      { position: 'Programme specialist, South-South knowledge sharing', area: 'United Nations Fund for South-South Cooperation' },
      { position: 'Fund management team', area: 'IBSA Fund', email: 'ibsa.unossc@example.org' },
    ],
  },
};
