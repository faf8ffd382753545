/** Indonesia's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { type SeedData, SOYBEAN_CYCLE, trainingRecord } from '@ssc/agency-kit/seed';

/** Users of the facts are roles, not people. */
const OFFICER = SOYBEAN_CYCLE.users.indonesia;
const MKINDO = "Farmers' Agricultural and Rural Training Centre, Mkindo";

const BTC = {
  role: 'PROVIDER',
  organisationRole: 'ACCOUNTABLE',
  name: 'Bureau for Technical Cooperation, Ministry of State Secretariat',
  nameTranslations: [{ lang: 'id', text: 'Biro Kerja Sama Teknik Luar Negeri, Kementerian Sekretariat Negara' }],
  country: 'ID',
  institutionId: 'IDN-I-000001',
} as const;

export const facts: SeedData = {
  institutions: [
    {
      id: 'IDN-I-000001',
      name: 'Bureau for Technical Cooperation, Ministry of State Secretariat',
      acronym: 'BTC-Setneg',
      country: 'ID',
      organisationType: '10',
    },
    { id: 'IDN-I-000002', name: 'Ministry of Agriculture of Indonesia', country: 'ID', organisationType: '10' },
    {
      id: 'IDN-I-000003',
      name: "Farmers' Agricultural and Rural Training Centre, Mkindo",
      acronym: 'FARTC',
      country: 'TZ',
      organisationType: '10',
    },
  ],
  projects: [
    trainingRecord('INDONESIA', {
      title: 'Participation in the Training on Management of South-South Cooperation (Brasília, 2013)',
      description:
        'Indonesia was represented at the training (Palácio Itamaraty, Brasília, 11-15 March 2013) by the Head of America and ' +
        'Europe Technical Cooperation, Bureau for Technical Cooperation, Ministry of State Secretariat. The lessons were taken ' +
        "home to strengthen the management of Indonesia's South-South cooperation.",
      participants: [
        { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          country: 'JP',
          agencyCode: 'JICA',
        },
        { ...BTC, role: 'RECIPIENT', organisationRole: 'IMPLEMENTING' },
      ],
      extra: { programme_line: 'KNOWLEDGE_SHARING' },
    }),
    {
      id: 'IDN-P-000002',
      iatiLocalId: 'TCTP-AGRI-2012',
      title: 'Third-country training programme on agricultural development, hosted by Indonesia with JICA',
      narratives: [
        {
          field: 'TITLE',
          lang: 'id',
          text: 'Program pelatihan negara ketiga di bidang pembangunan pertanian, diselenggarakan oleh Indonesia bersama JICA',
        },
      ],
      description:
        'Indonesia hosts officials of Asian and African partner countries for training in agricultural development; JICA shares the cost.',
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
        BTC,
        {
          role: 'PROVIDER',
          organisationRole: 'IMPLEMENTING',
          name: 'Ministry of Agriculture of Indonesia',
          country: 'ID',
          institutionId: 'IDN-I-000002',
        },
        {
          role: 'FACILITATOR',
          organisationRole: 'FUNDING',
          name: 'Japan International Cooperation Agency',
          country: 'JP',
          agencyCode: 'JICA',
        },
      ],
      related: [{ type: 'THIRD_PARTY', id: 'JICA-P-000004' }],
      extra: { programme_line: 'THIRD_COUNTRY_TRAINING' },
    },
    {
      id: 'IDN-P-000003',
      iatiLocalId: 'EXPERTS-TZ',
      title: "Indonesian agricultural experts sent to the Farmers' Agricultural and Rural Training Centre, Tanzania",
      description:
        'Indonesia sends agricultural extension experts to train farmers and extension workers at the Mkindo training centre, Morogoro, Tanzania.',
      status: 'IMPLEMENTATION',
      modality: 'BILATERAL',
      collaborationType: '1',
      plannedStart: '2015-01-01',
      plannedEnd: '2027-12-31',
      actualStart: '2015-03-01',
      recipientCountries: ['TZ'],
      sectors: ['31166'],
      sdgs: [2],
      budget: { amount: 450_000, currency: 'USD' },
      participants: [
        BTC,
        {
          role: 'RECIPIENT',
          organisationRole: 'IMPLEMENTING',
          name: "Farmers' Agricultural and Rural Training Centre, Mkindo",
          country: 'TZ',
          institutionId: 'IDN-I-000003',
        },
      ],
      results: [
        {
          type: '1',
          title: 'Farmers and extension workers trained at the Mkindo centre',
          titleTranslations: [{ lang: 'id', text: 'Petani dan penyuluh yang dilatih di pusat pelatihan Mkindo' }],
          indicators: [
            {
              ref: '1.1',
              title: 'Farmers and extension workers trained by the Indonesian experts',
              titleTranslations: [{ lang: 'id', text: 'Petani dan penyuluh yang dilatih oleh para ahli Indonesia' }],
              measure: '1',
              ascending: true,
              baselineYear: 2015,
              baselineValue: 0,
              targetValue: 1200,
            },
          ],
        },
      ],
      reportingIntervalMonths: 6,
      extra: { programme_line: 'EXPERT_DISPATCH' },
    },
  ],
  evaluations: [
    {
      id: 'IDN-E-000001',
      projectId: 'ABC-P-000001',
      type: 'FINAL',
      date: '2014-03-14',
      evaluators: ['INDONESIA'],
      ratings: {
        RELEVANCE: { score: 3, narrative: 'Lessons directly applicable to the management of Indonesian SSC.' },
        EFFECTIVENESS: { score: 3, narrative: 'Forum for sharing experience among southern countries.' },
        SUSTAINABILITY: { score: 2, narrative: 'Depends on follow-up trainings.' },
      },
      overallRating: 'A',
      overallRatingJustification:
        'The rule gives B (impact was not rated, so it counts as 2); the Bureau rates A for relevance and effectiveness (illustrative).',
      findings: "Participant agency's view of the training, published by the Bureau for Technical Cooperation on 14 March 2014.",
      lessons: 'Legal framework, coordination mechanism, demand procedure, talent bank and communication strategy.',
      recommendations: 'Use the lessons to strengthen the management of Indonesian South-South cooperation.',
      signOffs: [{ agency: 'INDONESIA', user: 'indonesia-evaluator', at: '2014-03-14T04:00:00.000Z' }],
    },
  ],
  requests: [
    {
      id: 'IDN-R-000001',
      title: "Extension of the Indonesian experts' assignment at the Mkindo training centre, 2027-2028",
      description: 'The Mkindo centre asks Indonesia to keep two agricultural extension experts for two more years (illustrative request).',
      sectors: ['31166'],
      sdgs: [2],
      requester: { name: MKINDO, country: 'TZ' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-06-16T07:00:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'UNDER_APPRAISAL',
          at: '2026-07-01T03:00:00.000Z',
          user: OFFICER,
          agency: 'INDONESIA',
          comment: 'Discussed with the Ministry of Agriculture.',
        },
        {
          to: 'ACCEPTED',
          at: '2026-09-08T04:30:00.000Z',
          user: OFFICER,
          agency: 'INDONESIA',
          comment: 'Two experts available from January 2027; includes training of trainers.',
        },
      ],
    },
    {
      id: 'IDN-R-000002',
      title: 'Training of trainers in rice cultivation for extension workers at Mkindo',
      description: 'The Mkindo centre asks Indonesia for a training-of-trainers course in rice cultivation (illustrative request).',
      sectors: ['31166'],
      sdgs: [2],
      requester: { name: MKINDO, country: 'TZ' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-06-23T07:30:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'INDONESIA',
      moves: [
        {
          to: 'DECLINED',
          at: '2026-07-01T03:30:00.000Z',
          user: OFFICER,
          agency: 'INDONESIA',
          comment: 'Covered by request IDN-R-000001, which includes the training of trainers.',
        },
      ],
    },
    {
      id: 'IDN-R-000003',
      title: 'Training course on integrated farming for extension officers of the Agricultural Research Institute of Mozambique',
      description: 'IIAM asks Indonesia for a training course on integrated farming systems (illustrative request).',
      sectors: ['31166'],
      sdgs: [2],
      requester: { name: 'Agricultural Research Institute of Mozambique', country: 'MZ' },
      desiredModality: 'BILATERAL',
      submittedAt: '2026-11-18T08:00:00.000Z',
      submittedBy: OFFICER,
      submittedByAgency: 'INDONESIA',
    },
  ],
  reports: [
    {
      id: 'IDN-M-000001',
      projectId: 'IDN-P-000003',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      side: 'PROVIDER',
      agency: 'INDONESIA',
      author: OFFICER,
      summary: 'Two courses for farmers and one for extension workers held at the Mkindo centre; demonstration plots maintained.',
      progress: [
        {
          indicatorRef: '1.1',
          indicatorTitle: 'Farmers and extension workers trained by the Indonesian experts',
          baselineValue: 0,
          targetValue: 1200,
          actualValue: 1040,
          comment: 'Cumulative since 2015 (illustrative figure).',
          commentTranslations: [{ lang: 'id', text: 'Kumulatif sejak 2015 (angka ilustratif).' }],
        },
      ],
      nextSteps: 'Prepare the handover of the courses to the centre’s own trainers.',
      createdAt: '2026-07-20T06:00:00.000Z',
    },
  ],
  experts: [
    {
      id: SOYBEAN_CYCLE.expertId,
      name: 'Ratna Wulandari Sitompul',
      nationality: 'ID',
      sectors: ['31182', '31166'],
      languages: ['id', 'en'],
      expertiseSummary: 'Agronomist (fictional person) specialised in soybean and legume production; trainer of extension workers.',
      contact: { name: 'Ratna Wulandari Sitompul', email: 'ratna.sitompul@example.org' },
      availability: [{ from: '2027-03-01', to: '2027-12-17' }],
      deployments: [{ projectId: SOYBEAN_CYCLE.projectId, ...SOYBEAN_CYCLE.deployment }],
    },
    {
      id: 'IDN-X-000002',
      name: 'Yohanes Prasetyo Nugraha',
      nationality: 'ID',
      sectors: ['31166'],
      languages: ['id', 'en', 'sw'],
      expertiseSummary: 'Agricultural extension trainer (fictional person) with assignments in Tanzania.',
      contact: { name: 'Yohanes Prasetyo Nugraha', email: 'yohanes.nugraha@example.org' },
      availability: [{ from: '2026-07-01', to: '2027-06-30' }],
      deployments: [
        {
          projectId: 'IDN-P-000003',
          role: 'Agricultural extension trainer at the Mkindo centre',
          startDate: '2025-07-01',
          endDate: '2026-06-30',
        },
      ],
    },
  ],
  lessons: [
    {
      id: 'IDN-L-000001',
      title: 'Lessons taken home from the 2013 training on the management of South-South cooperation',
      summary:
        'The Indonesian delegate considered that the lessons of the training in Brasília (legal framework, coordination ' +
        'mechanism, procedure for receiving demand, talent bank and communication strategy) would strengthen the management of ' +
        'Indonesian South-South cooperation.',
      projectId: 'IDN-P-000001',
      evaluationId: 'IDN-E-000001',
      sectors: ['15123'],
      countries: ['ID'],
      createdAt: '2026-02-02T03:00:00.000Z',
      createdBy: 'indonesia-evaluator',
      publishedAt: '2026-02-16T07:00:00.000Z',
    },
    {
      id: 'IDN-L-000002',
      title: "Pair the Indonesian experts with the centre's own trainers",
      summary:
        "Courses taught jointly with the Mkindo centre's trainers can continue after the experts leave (illustrative, not yet published).",
      projectId: 'IDN-P-000003',
      sectors: ['31166'],
      countries: ['TZ'],
      createdAt: '2026-07-22T05:00:00.000Z',
      createdBy: OFFICER,
    },
  ],
  profile: {
    mandate:
      "The Bureau for Technical Cooperation of the Ministry of State Secretariat manages Indonesia's technical cooperation " +
      'programmes, such as international training programmes and experts sent to partner countries, and takes part in the ' +
      'National Coordination Team on South-South and Triangular Cooperation.',
    legalInstruments: [
      {
        kind: 'LAW',
        number: '37',
        year: 1999,
        title: 'Law No. 37 of 1999 on Foreign Relations',
        scope: "General framework of Indonesia's foreign relations, including international cooperation.",
      },
      {
        kind: 'REGULATION',
        number: '57',
        year: 2019,
        title: 'Government Regulation No. 57 of 2019 on the procedures for granting grants to foreign governments or foreign institutions',
        scope:
          "Governs Indonesia's grants to foreign governments and institutions; the international development cooperation fund " +
          'managed by the Indonesian Agency for International Development (Indonesian AID, inaugurated in October 2019) follows it.',
      },
    ],
    coordinationMechanisms: [
      {
        name: 'National Coordination Team on South-South and Triangular Cooperation',
        role: "Coordinates the policy, programmes and funding of Indonesia's South-South and triangular cooperation among its member ministries.",
        members: [
          { name: 'Ministry of National Development Planning / National Development Planning Agency (Bappenas)', country: 'ID' },
          { name: 'Ministry of Foreign Affairs', country: 'ID' },
          { name: 'Ministry of State Secretariat', country: 'ID' },
          { name: 'Ministry of Finance', country: 'ID' },
        ],
      },
    ],
    focalPoints: [
      {
        position: 'Head of America and Europe Technical Cooperation, Bureau for Technical Cooperation',
        area: 'Technical cooperation with the Americas and Europe',
      },
      { position: 'Officer for experts sent abroad, Bureau for Technical Cooperation', area: 'Africa (Tanzania)' },
    ],
  },
};
