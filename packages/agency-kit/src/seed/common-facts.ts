/**
 * Facts that several agencies record, each in its own database: the 2013 training on
 * Management of South-South Cooperation (ABC, JICA, UNOSSC; Indonesia took part) and the
 * ProSAVANA-JBM research component (JICA and ABC); and the one cooperation cycle that the facts
 * walk from end to end (Indonesia asks ABC), whose records live with ABC and Indonesia.
 * Sources: docs/SOURCES.md.
 */
import type { SeedParticipant, SeedProfile, SeedProject } from './types.ts';

export const TRAINING_2013 = {
  ids: { ABC: 'ABC-P-000001', JICA: 'JICA-P-000001', UNOSSC: 'UNOSSC-P-000001', INDONESIA: 'IDN-P-000001' },
  title: 'Training on Management of South-South Cooperation (Brasília, 2013)',
  description:
    'Training held at the Palácio Itamaraty, Brasília, on 11-15 March 2013, organised jointly by ABC, JICA and UNOSSC, ' +
    'following a planning workshop in Brasília on 10-11 January 2013. 41 participants from 37 countries (the Americas, ' +
    'Asia, the Middle East and Africa), mostly mid-level officials managing SSC, shared experience on five topics: legal and ' +
    'institutional framework; institutional management and coordination mechanism; project management; human resources; ' +
    'communication skills and tools.',
  dates: { plannedStart: '2013-03-11', plannedEnd: '2013-03-15', actualStart: '2013-03-11', actualEnd: '2013-03-15' },
  /** Countries that presented cases at the training, and Indonesia. */
  recipientCountries: ['CL', 'GH', 'CO', 'MX', 'CR', 'TH', 'EG', 'KE', 'ID'],
  sectors: ['15123'],
  sdgs: [17],
  organisers: [
    { role: 'PROVIDER', organisationRole: 'EXTENDING', name: 'Brazilian Cooperation Agency', country: 'BR', agencyCode: 'ABC' },
    { role: 'FACILITATOR', organisationRole: 'FUNDING', name: 'Japan International Cooperation Agency', country: 'JP', agencyCode: 'JICA' },
    {
      role: 'FACILITATOR',
      organisationRole: 'IMPLEMENTING',
      name: 'United Nations Office for South-South Cooperation',
      agencyCode: 'UNOSSC',
    },
  ] satisfies SeedParticipant[],
} as const;

/** One agency's record of the 2013 training; `others` are the other records it points to. */
export function trainingRecord(
  code: keyof typeof TRAINING_2013.ids,
  extra: Partial<SeedProject> & Pick<SeedProject, 'participants'>,
): SeedProject {
  const t = TRAINING_2013;
  return {
    id: t.ids[code],
    iatiLocalId: 'SSC-TRAINING-2013',
    title: t.title,
    description: t.description,
    status: 'CLOSED',
    modality: 'TRIANGULAR',
    collaborationType: '8',
    ...t.dates,
    recipientCountries: [...t.recipientCountries],
    sectors: [...t.sectors],
    sdgs: [...t.sdgs],
    related: Object.entries(t.ids)
      .filter(([c]) => c !== code)
      .map(([, id]) => ({ type: 'THIRD_PARTY' as const, id })),
    ...extra,
  };
}

export const PROSAVANA = {
  ids: { ABC: 'ABC-P-000002', JICA: 'JICA-P-000002' },
  title: 'ProSAVANA-JBM: research component (improving research and technology transfer capacity in the Nacala Corridor)',
  description:
    'Research component of the Japan-Brazil-Mozambique triangular cooperation programme for agricultural development of the ' +
    'tropical savannah in the Nacala Corridor, Mozambique. Signed in Maputo on 9 November 2010. Embrapa (Brazil) and ' +
    "Mozambique's Agricultural Research Institute (IIAM) carry out the research; total cost US$13.4 million, of which " +
    'JICA US$7.3 million and ABC US$3.6 million.',
  recipientCountries: ['MZ'],
  sectors: ['31182', '31161'],
  sdgs: [2],
} as const;

/** The Japan-Brazil Partnership Programme as a legal instrument of both ABC and JICA. */
export const JBPP_INSTRUMENT: SeedProfile['legalInstruments'][number] = {
  kind: 'AGREEMENT',
  year: 2000,
  title: 'Japan-Brazil Partnership Programme (JBPP)',
  scope:
    'Framework of Japan-Brazil triangular cooperation: ABC and JICA jointly offer training and technical cooperation to third countries in Latin America and Africa.',
};

/**
 * The cooperation cycle in the facts (illustrative, see docs/SOURCES.md): Indonesia's Ministry of
 * Agriculture asks ABC, through Indonesia's Bureau for Technical Cooperation, for cooperation on
 * tropical soybean production; ABC appraises, accepts and converts the request into a project with
 * Embrapa; Indonesia confirms; both sides report on the first semester; an Indonesian
 * agronomist of Indonesia's talent bank is the project's counterpart.
 */
export const SOYBEAN_CYCLE = {
  requestId: 'ABC-R-000001',
  projectId: 'ABC-P-000004',
  title: 'Technical cooperation with Indonesia on tropical soybean production systems',
  /** Users of the facts are roles, not people. */
  users: { abc: 'abc-officer', abcEvaluator: 'abc-evaluator', indonesia: 'indonesia-officer' },
  start: '2026-03-02',
  end: '2028-02-28',
  /** The Indonesian counterpart expert (in Indonesia's talent bank) and her deployment. */
  expertId: 'IDN-X-000001',
  deployment: { role: 'Counterpart agronomist for the field trials', startDate: '2026-03-02', endDate: '2027-02-26' },
} as const;
