/** JICA's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { JBPP_INSTRUMENT, PROSAVANA, type SeedData, trainingRecord } from '@ssc/agency-kit/seed';

/** Users of the facts are roles, not people. */
const OFFICER = 'jica-officer';
const EVALUATOR = 'jica-evaluator';

const JICA = {
  role: 'FACILITATOR',
  organisationRole: 'FUNDING',
  name: 'Japan International Cooperation Agency',
  nameTranslations: [{ lang: 'ja', text: '独立行政法人国際協力機構' }],
  country: 'JP',
  agencyCode: 'JICA',
} as const;

export const facts: SeedData = {
  institutions: [
    { id: 'JICA-I-000001', name: 'Brazilian Agricultural Research Corporation', acronym: 'Embrapa', country: 'BR', organisationType: '15' },
    { id: 'JICA-I-000002', name: 'Agricultural Research Institute of Mozambique', acronym: 'IIAM', country: 'MZ', organisationType: '10' },
    {
      id: 'JICA-I-000003',
      name: 'Bureau for Technical Cooperation, Ministry of State Secretariat of Indonesia',
      acronym: 'BTC-Setneg',
      country: 'ID',
      organisationType: '10',
    },
    { id: 'JICA-I-000004', name: 'Ministry of Agriculture of Indonesia', country: 'ID', organisationType: '10' },
  ],
  projects: [
    trainingRecord('JICA', {
      participants: [
        { role: 'PROVIDER', organisationRole: 'ACCOUNTABLE', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        JICA,
        {
          role: 'FACILITATOR',
          organisationRole: 'IMPLEMENTING',
          name: 'United Nations Office for South-South Cooperation',
          agencyCode: 'UNOSSC',
        },
      ],
      extra: { scheme: 'THIRD_COUNTRY_TRAINING' },
    }),
    {
      id: PROSAVANA.ids.JICA,
      iatiLocalId: 'PROSAVANA-JBM-PI',
      title: PROSAVANA.title,
      narratives: [
        { field: 'TITLE', lang: 'ja', text: 'プロサバンナ-JBM 研究能力向上プロジェクト（ナカラ回廊における研究・技術移転能力の向上）' },
      ],
      description: PROSAVANA.description,
      status: 'CLOSED',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2011-05-01',
      plannedEnd: '2016-04-30',
      actualStart: '2011-05-01',
      actualEnd: '2016-04-30',
      recipientCountries: [...PROSAVANA.recipientCountries],
      sectors: [...PROSAVANA.sectors],
      sdgs: [...PROSAVANA.sdgs],
      budget: { amount: 7_300_000, currency: 'USD' },
      participants: [
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Brazilian Agricultural Research Corporation',
          country: 'BR',
          institutionId: 'JICA-I-000001',
        },
        JICA,
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: 'Agricultural Research Institute of Mozambique',
          country: 'MZ',
          institutionId: 'JICA-I-000002',
        },
      ],
      related: [{ type: 'THIRD_PARTY', id: PROSAVANA.ids.ABC }],
      extra: { scheme: 'TECHNICAL_COOPERATION_PROJECT' },
    },
    {
      id: 'JICA-P-000003',
      iatiLocalId: 'JBPP',
      title: 'Japan-Brazil Partnership Programme (JBPP)',
      description:
        'Framework for Japan-Brazil triangular cooperation signed in 2000: joint training and technical cooperation for third countries.',
      status: 'IMPLEMENTATION',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2000-03-28',
      actualStart: '2000-03-28',
      recipientCountries: ['MZ', 'AO', 'PY', 'BO', 'HT'],
      sectors: ['15123'],
      sdgs: [17],
      participants: [
        { role: 'PROVIDER', organisationRole: 'ACCOUNTABLE', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        JICA,
      ],
      related: [{ type: 'THIRD_PARTY', id: 'ABC-P-000003' }],
      extra: { scheme: 'JBPP' },
    },
    {
      id: 'JICA-P-000004',
      iatiLocalId: 'TCTP-ID-AGRI',
      title: 'Third-country training programme hosted by Indonesia: agricultural development for Asian and African countries',
      description: 'JICA third-country training programme in which Indonesia hosts officials of partner countries; JICA shares the cost.',
      status: 'CLOSED',
      modality: 'TRIANGULAR',
      collaborationType: '8',
      plannedStart: '2012-07-01',
      plannedEnd: '2014-12-31',
      actualStart: '2012-07-01',
      actualEnd: '2014-12-31',
      recipientCountries: ['TL', 'MG', 'TZ', 'KH'],
      sectors: ['31166'],
      sdgs: [2],
      participants: [
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of Agriculture of Indonesia',
          country: 'ID',
          institutionId: 'JICA-I-000004',
        },
        {
          role: 'PROVIDER',
          organisationRole: 'ACCOUNTABLE',
          name: 'Bureau for Technical Cooperation, Ministry of State Secretariat of Indonesia',
          country: 'ID',
          agencyCode: 'INDONESIA',
        },
        JICA,
      ],
      related: [{ type: 'THIRD_PARTY', id: 'IDN-P-000002' }],
      extra: { scheme: 'THIRD_COUNTRY_TRAINING' },
    },
  ],
  evaluations: [
    {
      id: 'JICA-E-000001',
      projectId: PROSAVANA.ids.JICA,
      type: 'JOINT',
      date: '2016-03-15',
      evaluators: ['JICA', 'ABC'],
      ratings: {
        RELEVANCE: { score: 3, narrative: "Consistent with Mozambique's strategic plan for agricultural development." },
        COHERENCE: { score: 3, narrative: 'Complements the master-plan and extension components of ProSAVANA.' },
        EFFECTIVENESS: { score: 2, narrative: 'Research outputs achieved; dissemination to farmers partly achieved.' },
        EFFICIENCY: { score: 2, narrative: 'Output delivered with some delay.' },
        IMPACT: { score: 2, narrative: 'Soil and variety trials informed extension work in the corridor.' },
        SUSTAINABILITY: { score: 2, narrative: 'IIAM staff trained; funding of follow-up research uncertain.' },
      },
      overallRating: 'B',
      findings: 'Joint terminal evaluation by JICA and ABC (illustrative ratings, see SOURCES.md).',
      lessons: 'Triangular research needs a common monitoring framework agreed by all three parties.',
      recommendations: 'IIAM to lead the follow-up research agenda with both providers.',
      // a joint evaluation is final when every named party has signed it off
      status: 'FINAL',
      signOffs: [
        { agency: 'JICA', user: EVALUATOR, at: '2016-03-15T06:00:00.000Z' },
        { agency: 'ABC', user: 'abc-evaluator', at: '2016-03-22T13:00:00.000Z' },
      ],
    },
  ],
  requests: [
    {
      id: 'JICA-R-000009',
      title: 'Training of Indonesian port officials in customs risk management',
      description:
        "Indonesia's Bureau for Technical Cooperation asks JICA for a training course; it withdrew the request when the course " +
        'was funded from the national budget (illustrative request).',
      sectors: ['33120'],
      sdgs: [17],
      requester: {
        name: 'Bureau for Technical Cooperation, Ministry of State Secretariat of Indonesia',
        country: 'ID',
        agency: 'INDONESIA',
      },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-05-11T03:00:00.000Z',
      submittedBy: 'indonesia-officer',
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-05-20T01:00:00.000Z',
          user: OFFICER,
          agency: 'JICA',
          comment: 'Sent to the governance division.',
        },
        {
          to: 'WITHDRAWN',
          at: '2026-06-02T06:00:00.000Z',
          user: 'indonesia-officer',
          agency: 'INDONESIA',
          comment: 'The course is now funded from the national budget.',
        },
      ],
    },
    {
      id: 'JICA-R-000001',
      title: 'Capacity development in rice breeding for the Agricultural Research Institute of Mozambique',
      description: 'IIAM asks JICA for training of its breeders and support to rice variety trials (illustrative request).',
      sectors: ['31182'],
      sdgs: [2],
      requester: { name: 'Agricultural Research Institute of Mozambique', country: 'MZ' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-07-14T08:00:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'JICA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-08-03T02:30:00.000Z',
          user: OFFICER,
          agency: 'JICA',
          comment: 'Detailed planning survey with IIAM scheduled.',
        },
      ],
    },
    {
      id: 'JICA-R-000002',
      title: 'Third-country training on agricultural extension for African partners, hosted by Indonesia',
      description:
        "Indonesia's Bureau for Technical Cooperation asks JICA to share the cost of a third-country training programme in which " +
        "Indonesia's Ministry of Agriculture trains extension officers of African partner countries (illustrative request).",
      sectors: ['31166'],
      sdgs: [2, 17],
      requester: {
        name: 'Bureau for Technical Cooperation, Ministry of State Secretariat of Indonesia',
        country: 'ID',
        agency: 'INDONESIA',
      },
      desiredModality: 'TRIANGULAR',
      contact: { name: 'Third-country training desk', email: 'tctp.request@example.org' },
      submittedAt: '2026-04-21T04:00:00.000Z',
      submittedBy: 'indonesia-officer',
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-05-08T01:45:00.000Z',
          user: OFFICER,
          agency: 'JICA',
          comment: 'Reviewed with the JICA Indonesia office.',
        },
        {
          to: 'ACCEPTED',
          at: '2026-10-02T06:30:00.000Z',
          user: OFFICER,
          agency: 'JICA',
          comment: 'Accepted for the 2027 training calendar.',
        },
      ],
    },
    {
      id: 'JICA-R-000003',
      title: 'Joint training on tropical agriculture for Portuguese-speaking African countries under the JBPP',
      description:
        'Embrapa, through ABC, proposes a joint course with JICA for researchers of Portuguese-speaking African countries (illustrative request).',
      sectors: ['31182'],
      sdgs: [2, 17],
      requester: { name: 'Brazilian Agricultural Research Corporation', country: 'BR', agency: 'ABC' },
      desiredModality: 'TRIANGULAR',
      submittedAt: '2026-11-16T13:20:00.000Z',
      submittedBy: 'abc-officer',
      submittedByAgency: 'ABC',
    },
  ],
  experts: [
    {
      id: 'JICA-X-000001',
      name: 'Kenta Morishita',
      nationality: 'JP',
      sectors: ['31182', '31161'],
      languages: ['ja', 'en', 'pt'],
      expertiseSummary: 'Soil scientist (fictional person) with long assignments in Brazil and Mozambique.',
      contact: { name: 'Kenta Morishita', email: 'kenta.morishita@example.org' },
      availability: [{ from: '2027-01-04', to: '2027-12-24' }],
    },
    {
      id: 'JICA-X-000002',
      name: 'Aya Kurokawa',
      nationality: 'JP',
      sectors: ['15123'],
      languages: ['ja', 'en', 'es'],
      expertiseSummary: 'Adviser (fictional person) on the management of triangular cooperation: planning, monitoring and evaluation.',
      contact: { name: 'Aya Kurokawa', email: 'aya.kurokawa@example.org' },
      availability: [{ from: '2026-12-01', to: '2027-03-31' }],
      deployments: [
        { projectId: 'JICA-P-000003', role: 'Adviser on joint monitoring of the JBPP', startDate: '2026-04-01', endDate: '2026-09-30' },
      ],
    },
  ],
  lessons: [
    {
      id: 'JICA-L-000001',
      title: 'Agree a common monitoring framework among the three parties of triangular research',
      summary:
        'The joint evaluation of the ProSAVANA-JBM research component by JICA and ABC (illustrative ratings) found that ' +
        'triangular research needs a monitoring framework agreed by all three parties, and recommends that IIAM lead the follow-up research agenda.',
      projectId: PROSAVANA.ids.JICA,
      evaluationId: 'JICA-E-000001',
      sectors: [...PROSAVANA.sectors],
      countries: ['MZ'],
      createdAt: '2026-04-02T01:00:00.000Z',
      createdBy: EVALUATOR,
      publishedAt: '2026-04-28T05:00:00.000Z',
    },
    {
      id: 'JICA-L-000002',
      title: 'Involve the host ministry in choosing the participants of third-country training',
      summary:
        "Participants chosen together with Indonesia's Ministry of Agriculture matched the course level better (illustrative, not yet published).",
      projectId: 'JICA-P-000004',
      sectors: ['31166'],
      countries: ['TL', 'MG', 'TZ', 'KH'],
      createdAt: '2026-10-19T02:00:00.000Z',
      createdBy: OFFICER,
    },
  ],
  profile: {
    mandate:
      "Incorporated administrative agency that implements Japan's official development assistance (technical cooperation, " +
      'loans and grants), including triangular cooperation with partner countries such as Brazil and Indonesia.',
    legalInstruments: [
      {
        kind: 'LAW',
        number: '136',
        year: 2002,
        title: 'Act of the Incorporated Administrative Agency - Japan International Cooperation Agency (Act No. 136 of December 6, 2002)',
        scope:
          "Sets JICA's name, objective and operations: technical cooperation, finance and investment cooperation and grants for " +
          'developing areas, support to citizens’ cooperation activities and disaster relief.',
      },
      JBPP_INSTRUMENT,
    ],
    coordinationMechanisms: [
      {
        name: 'Japan-Brazil Partnership Programme',
        role: 'JICA and ABC jointly plan and offer triangular cooperation to third countries.',
        members: [
          { name: 'Japan International Cooperation Agency', country: 'JP' },
          { name: 'Brazilian Cooperation Agency', country: 'BR' },
        ],
      },
      {
        name: 'Third-country training programmes hosted by Indonesia',
        role: 'Indonesian institutions host training for officials of partner countries; JICA shares the cost.',
        members: [
          { name: 'Japan International Cooperation Agency', country: 'JP' },
          { name: 'Bureau for Technical Cooperation, Ministry of State Secretariat of Indonesia', country: 'ID' },
          { name: 'Ministry of Agriculture of Indonesia', country: 'ID' },
        ],
      },
    ],
    focalPoints: [
      {
        position: 'Officer for South-South and triangular cooperation',
        area: 'Triangular cooperation with Brazil (JBPP)',
        email: 'triangular.jica@example.org',
      },
      { position: 'Officer, JICA Indonesia office', area: 'Third-country training programmes hosted by Indonesia' },
    ],
  },
};
