/** UNOSSC's seed records grounded in public facts (see docs/SOURCES.md). Numbers 1-99 only. */
import { type SeedData, trainingRecord } from '@ssc/agency-kit/seed';

const UNOSSC = {
  role: 'FACILITATOR',
  organisationRole: 'ACCOUNTABLE',
  name: 'United Nations Office for South-South Cooperation',
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
        { role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: 'Carrefour-Feuilles community', country: 'HT' },
      ],
      extra: { fund: 'IBSA_FUND' },
    },
    {
      id: 'UNOSSC-P-000004',
      iatiLocalId: 'PGTF',
      title: 'Pérez-Guerrero Trust Fund for South-South Cooperation: support to projects of developing countries',
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
      participants: [{ role: 'FUNDER', organisationRole: 'FUNDING', name: 'Group of 77', institutionId: 'UNOSSC-I-000003' }, UNOSSC],
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
    },
  ],
};
