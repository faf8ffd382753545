/**
 * The deterministic generator: realistic volume on top of the hand-written facts. The same
 * agency and size always give the same records. Numbers 1-99 of every kind are reserved for
 * facts; generated records are numbered from 101.
 *
 * Cooperation that several agencies record (triangular) is derived from the project number
 * alone, so every agency's generator agrees on it: when number k is paired with agencies X and
 * Y, both hold project k, with the same country, sector and dates, pointing to each other as
 * THIRD_PARTY related activities; X holds a JOINT evaluation naming both, and Y an evaluation
 * of X's record.
 */
import {
  type ActivityStatus,
  AGENCIES,
  type AgencyEntry,
  codelists,
  DAC_CRITERIA,
  type DacCriterion,
  makeId,
  overallRating,
} from '@ssc/contract';
import { addMonths, isoDate, Random } from './random.ts';
import type { SeedData, SeedEvaluation, SeedInstitution, SeedProject } from './types.ts';

export const FIRST_GENERATED = 101;
/** The generator's "today": statuses and dates are consistent with it, whatever the clock says. */
const TODAY = '2026-06-30';

const THEMES = [
  { sector: '31161', sdgs: [2], topic: 'food crop production', kind: 'agriculture' },
  { sector: '31182', sdgs: [2, 9], topic: 'agricultural research', kind: 'agriculture' },
  { sector: '31120', sdgs: [2], topic: 'agricultural development', kind: 'agriculture' },
  { sector: '31166', sdgs: [2, 4], topic: 'agricultural extension', kind: 'agriculture' },
  { sector: '31140', sdgs: [2, 6], topic: 'irrigation and water management', kind: 'agriculture' },
  { sector: '12250', sdgs: [3], topic: 'infectious disease control', kind: 'health' },
  { sector: '12220', sdgs: [3], topic: 'primary health care', kind: 'health' },
  { sector: '12261', sdgs: [3], topic: 'health education', kind: 'health' },
  { sector: '11330', sdgs: [4, 8], topic: 'vocational training', kind: 'education' },
  { sector: '11420', sdgs: [4], topic: 'higher education', kind: 'education' },
  { sector: '15110', sdgs: [16, 17], topic: 'public sector management', kind: 'governance' },
  { sector: '15123', sdgs: [17], topic: 'management of South-South cooperation', kind: 'governance' },
  { sector: '14030', sdgs: [6], topic: 'water supply and sanitation', kind: 'water' },
  { sector: '23210', sdgs: [7, 13], topic: 'renewable energy', kind: 'energy' },
  { sector: '41010', sdgs: [13, 15], topic: 'environmental policy', kind: 'environment' },
  { sector: '43040', sdgs: [1, 2], topic: 'rural development', kind: 'agriculture' },
  { sector: '32130', sdgs: [8, 9], topic: 'small and medium enterprise development', kind: 'industry' },
  { sector: '74020', sdgs: [11, 13], topic: 'disaster risk reduction', kind: 'environment' },
  { sector: '16062', sdgs: [16, 17], topic: 'statistical capacity building', kind: 'governance' },
  { sector: '31310', sdgs: [14], topic: 'fisheries development', kind: 'agriculture' },
] as const;

/** Partner countries of South-South cooperation that the generator draws recipients from. */
const PARTNERS = [
  'MZ',
  'AO',
  'GW',
  'CV',
  'ST',
  'TL',
  'KE',
  'GH',
  'SN',
  'ET',
  'TZ',
  'UG',
  'RW',
  'ZM',
  'MW',
  'BJ',
  'ML',
  'NE',
  'HN',
  'GT',
  'SV',
  'NI',
  'BO',
  'PY',
  'PE',
  'CO',
  'HT',
  'DO',
  'CU',
  'JM',
  'EC',
  'LA',
  'KH',
  'MM',
  'VN',
  'PH',
  'PG',
  'FJ',
  'AF',
  'BD',
  'NP',
  'LK',
  'PK',
  'EG',
  'MA',
  'TN',
  'PS',
  'JO',
  'SD',
  'SO',
  'YE',
  'MG',
] as const;

/** Kinds of partner institution; `serves` lists the theme kinds they take part in. */
const INSTITUTION_KINDS = [
  { template: 'Ministry of Agriculture of {c}', type: '10', serves: ['agriculture'] },
  { template: 'National Agricultural Research Institute of {c}', type: '10', serves: ['agriculture'] },
  { template: 'Farmers Federation of {c}', type: '24', serves: ['agriculture'] },
  { template: 'Ministry of Health of {c}', type: '10', serves: ['health'] },
  { template: 'National Institute of Public Health of {c}', type: '10', serves: ['health'] },
  { template: 'Ministry of Education of {c}', type: '10', serves: ['education'] },
  { template: 'National University of {c}', type: '80', serves: ['education', 'agriculture', 'health'] },
  { template: 'Technical and Vocational Training Centre of {c}', type: '10', serves: ['education', 'industry'] },
  { template: 'Ministry of Planning and Development of {c}', type: '10', serves: ['governance'] },
  { template: 'National Statistics Office of {c}', type: '10', serves: ['governance'] },
  { template: 'Water and Sanitation Authority of {c}', type: '15', serves: ['water'] },
  { template: 'Ministry of Energy of {c}', type: '10', serves: ['energy'] },
  { template: 'Ministry of Environment of {c}', type: '10', serves: ['environment'] },
  { template: 'Chamber of Commerce of {c}', type: '72', serves: ['industry'] },
] as const;

const STATUS_WEIGHTS: readonly (readonly [ActivityStatus, number])[] = [
  ['PIPELINE', 8],
  ['IMPLEMENTATION', 40],
  ['FINALISATION', 10],
  ['CLOSED', 36],
  ['CANCELLED', 3],
  ['SUSPENDED', 3],
];

const countryName = (code: string) => codelists.country.name(code) ?? code;

export interface GeneratorOptions {
  /** Generated projects for this agency (facts come on top). */
  projects: number;
  /** The agency's own fields for a generated project. */
  extra?: (random: Random, project: SeedProject) => Record<string, unknown>;
}

/** Which two agencies, if any, both record cooperation number k. */
export function pairOf(k: number): readonly [AgencyEntry, AgencyEntry] | undefined {
  const r = new Random(`pair:${k}`);
  if (!r.chance(0.12)) return undefined;
  const [a, b] = r.sample(AGENCIES, 2) as [AgencyEntry, AgencyEntry];
  return [a, b];
}

type GeneratedInstitution = SeedInstitution & { serves: readonly string[] };

/** One institution of each kind in every partner country. */
function institutionsFor(agency: AgencyEntry): GeneratedInstitution[] {
  const out: GeneratedInstitution[] = [];
  for (const [ci, country] of PARTNERS.entries()) {
    for (const [ki, kind] of INSTITUTION_KINDS.entries()) {
      out.push({
        id: makeId(agency, 'Institution', FIRST_GENERATED + ci * INSTITUTION_KINDS.length + ki),
        name: kind.template.replace('{c}', countryName(country)),
        country,
        organisationType: kind.type,
        serves: kind.serves,
      });
    }
  }
  return out;
}

const NARRATIVE: Record<DacCriterion, readonly [string, string, string]> = {
  RELEVANCE: [
    'Weak fit with national priorities.',
    "Consistent with the partner's sector plan.",
    'Fully aligned with the national development plan and the demand expressed.',
  ],
  COHERENCE: [
    "Overlaps with other donors' work.",
    'Some coordination with related programmes.',
    "Complements the partner's and other providers' programmes.",
  ],
  EFFECTIVENESS: [
    'Few of the expected outputs were delivered.',
    'Most outputs delivered; outcomes partly achieved.',
    'Outputs and outcomes achieved as planned.',
  ],
  EFFICIENCY: ['Significant delays and cost overruns.', 'Minor delays within the budget.', 'Delivered on time and within budget.'],
  IMPACT: ['No observable change yet.', 'Early signs of change among beneficiaries.', 'Clear improvements for the target population.'],
  SUSTAINABILITY: [
    'Results depend on continued external support.',
    'Partner institution has taken over most activities.',
    'Results are institutionalised with national budget.',
  ],
};

function evaluation(
  id: string,
  projectId: string,
  r: Random,
  type: SeedEvaluation['type'],
  date: string,
  evaluators: string[],
  topic: string,
): SeedEvaluation {
  const ratings: SeedEvaluation['ratings'] = {};
  for (const c of DAC_CRITERIA) {
    const score = r.weighted([
      [1, 1],
      [2, 4],
      [3, 4],
    ] as const);
    ratings[c] = { score, narrative: NARRATIVE[c][score - 1] };
  }
  const scores = Object.fromEntries(Object.entries(ratings).map(([c, v]) => [c, v.score]));
  return {
    id,
    projectId,
    type,
    date,
    evaluators,
    ratings,
    overallRating: overallRating(scores),
    findings: `The ${topic} component ${ratings.EFFECTIVENESS?.score === 3 ? 'met' : 'partly met'} its targets.`,
    lessons: 'Joint planning with the recipient institution from the design phase improved ownership.',
    recommendations: 'Keep the joint steering committee meeting every six months and share monitoring data.',
  };
}

/** The generated records of one agency: institutions, projects and evaluations. */
export function generate(agency: AgencyEntry, options: GeneratorOptions): SeedData {
  const institutions = institutionsFor(agency);
  /** An institution of the country that works on the theme. */
  const partnerIn = (r: Random, country: string, kind: string) =>
    r.pick(institutions.filter((i) => i.country === country && i.serves.includes(kind)));
  const projects: SeedProject[] = [];
  const evaluations: SeedEvaluation[] = [];

  for (let k = FIRST_GENERATED; k < FIRST_GENERATED + options.projects; k++) {
    const pair = pairOf(k);
    const partner = pair?.[0].code === agency.code ? pair[1] : pair?.[1].code === agency.code ? pair[0] : undefined;
    // shared attributes of cooperation k come from k alone when two agencies record it
    const shared = new Random(partner ? `coop:${k}` : `${agency.code}:${k}`);
    const own = new Random(`${agency.code}:own:${k}`);
    const theme = shared.pick(THEMES);
    const regional = !partner && shared.chance(0.08);
    const recipients = regional ? shared.sample(PARTNERS, shared.int(2, 4)) : [shared.pick(PARTNERS)];
    const main = recipients[0] as string;
    const startYear = shared.int(2000, 2027);
    const plannedStart = isoDate(startYear, shared.int(1, 12), shared.int(1, 28));
    const plannedEnd = addMonths(plannedStart, shared.int(12, 60));
    let status = shared.weighted(STATUS_WEIGHTS);
    if (plannedStart > TODAY) status = 'PIPELINE';
    else if (status === 'PIPELINE') status = 'IMPLEMENTATION';
    if (plannedEnd < TODAY && status === 'IMPLEMENTATION') status = 'CLOSED';
    const started = status !== 'PIPELINE';
    const ended = status === 'CLOSED' || status === 'CANCELLED';
    const actualStart = started ? addMonths(plannedStart, shared.int(0, 3)) : undefined;
    const actualEnd = ended ? addMonths(plannedEnd, shared.int(0, 6)) : undefined;
    const recipientInstitution = partnerIn(shared, main, theme.kind);
    const modality = partner ? 'TRIANGULAR' : regional ? 'REGIONAL' : 'BILATERAL';
    const participants: SeedProject['participants'] = [
      { role: 'PROVIDER', organisationRole: 'EXTENDING', name: agency.name, country: agency.country, agencyCode: agency.code },
    ];
    if (partner) {
      participants.push({
        role: 'FACILITATOR',
        organisationRole: 'FUNDING',
        name: partner.name,
        country: partner.country,
        agencyCode: partner.code,
      });
    }
    for (const c of recipients) {
      const inst = c === main ? recipientInstitution : partnerIn(shared, c, theme.kind);
      participants.push({ role: 'RECIPIENT', organisationRole: 'IMPLEMENTING', name: inst.name, country: c, institutionId: inst.id });
    }
    const where = regional ? `${recipients.length} countries` : countryName(main);
    const verb = shared.pick(['Strengthening', 'Capacity building in', 'Technical cooperation on', 'Knowledge exchange on', 'Support to']);
    const project: SeedProject = {
      id: makeId(agency, 'Project', k),
      iatiLocalId: `G${k}`,
      title: `${verb} ${theme.topic} in ${where}`,
      description: `${partner ? `Triangular cooperation of ${agency.acronym} and ${partner.acronym}` : regional ? `Regional programme of ${agency.acronym}` : `Bilateral South-South cooperation of ${agency.acronym}`} with ${recipientInstitution.name} on ${theme.topic}${regional ? `, covering ${recipients.map(countryName).join(', ')}` : ''}.`,
      status,
      modality,
      collaborationType: partner ? '8' : regional ? '2' : '1',
      plannedStart,
      plannedEnd,
      recipientCountries: recipients,
      sectors: [theme.sector],
      sdgs: [...theme.sdgs],
      budget: { amount: shared.int(20, 4000) * 1000, currency: 'USD' },
      participants,
      related: partner ? [{ type: 'THIRD_PARTY', id: makeId(partner, 'Project', k) }] : [],
      ...(actualStart ? { actualStart } : {}),
      ...(actualEnd ? { actualEnd } : {}),
    };
    project.extra = options.extra?.(own, project) ?? {};
    projects.push(project);

    const evaluable = status === 'CLOSED' || status === 'FINALISATION';
    const evalDate = addMonths(actualEnd ?? plannedEnd, 3) > TODAY ? TODAY : addMonths(actualEnd ?? plannedEnd, 3);
    if (partner && pair && evaluable) {
      const [holder, other] = pair;
      if (holder.code === agency.code) {
        evaluations.push(
          evaluation(makeId(agency, 'Evaluation', k), project.id, shared, 'JOINT', evalDate, [holder.code, other.code], theme.topic),
        );
      } else {
        // the partner's own view of the holder's record of the same cooperation
        evaluations.push(
          evaluation(
            makeId(agency, 'Evaluation', k),
            makeId(holder, 'Project', k),
            own,
            'EX_POST',
            addMonths(evalDate, 1) > TODAY ? TODAY : addMonths(evalDate, 1),
            [agency.code],
            theme.topic,
          ),
        );
      }
    } else if (evaluable && own.chance(0.6)) {
      evaluations.push(
        evaluation(
          makeId(agency, 'Evaluation', k),
          project.id,
          own,
          status === 'CLOSED' ? 'EX_POST' : 'FINAL',
          evalDate,
          [agency.code],
          theme.topic,
        ),
      );
    } else if (status === 'IMPLEMENTATION' && own.chance(0.15)) {
      const mid = addMonths(actualStart ?? plannedStart, 18);
      if (mid <= TODAY)
        evaluations.push(evaluation(makeId(agency, 'Evaluation', k), project.id, own, 'MID_TERM', mid, [agency.code], theme.topic));
    }
  }
  return { institutions: institutions.map(({ serves: _, ...i }) => i), projects, evaluations };
}
