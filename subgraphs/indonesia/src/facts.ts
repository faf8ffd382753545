/** Indonesia's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { type SeedData, trainingRecord } from '@ssc/agency-kit/seed';

const BTC = {
  role: 'PROVIDER',
  organisationRole: 'ACCOUNTABLE',
  name: 'Bureau for Technical Cooperation, Ministry of State Secretariat',
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
      findings: "Participant agency's view of the training, published by the Bureau for Technical Cooperation on 14 March 2014.",
      lessons: 'Legal framework, coordination mechanism, demand procedure, talent bank and communication strategy.',
      recommendations: 'Use the lessons to strengthen the management of Indonesian South-South cooperation.',
    },
  ],
};
