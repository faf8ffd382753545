/**
 * The deterministic generator: realistic volume on top of the hand-written facts. The same
 * agency and size always give the same records. Numbers 1-99 of every kind are reserved for
 * facts; generated records are numbered from 101.
 *
 * Cooperation that two agencies record (triangular): an agency's records depend only on itself
 * and the agencies registered before it, so adding an agency to the registry never changes what
 * the others hold. An agency Y may join the cooperation k of an agency X registered before it
 * (`partnerOf`): Y's project k then has the country, sector, dates and results of X's project k
 * (drawn from X's stream for k), names X as facilitator and points to X's record as a THIRD_PARTY
 * related activity; X's record stays what it is. When evaluated, Y holds either a JOINT
 * evaluation of its record naming both or its own evaluation of X's record.
 *
 * The cooperation cycle comes on top, each record from its own random stream so that the
 * projects and evaluations above stay what they were: results and a reporting interval on every
 * project; requests for cooperation (about one per four projects), most PIPELINE projects being
 * the conversion of one; monitoring reports of IMPLEMENTATION projects, some deliberately
 * overdue on `CYCLE_TODAY`; experts (one per five projects, fictional people) and lessons (one per
 * five projects, two thirds published). Numbering follows the project number, so a larger size
 * keeps every record of a smaller one.
 */
import {
  type ActivityStatus,
  AGENCIES,
  type AgencyEntry,
  codelists,
  DAC_CRITERIA,
  type DacCriterion,
  makeId,
  nameSortKey,
  overallRating,
  type RequestStatus,
} from '@ssc/contract';
import type { ResultValue } from '../tables.ts';
import { addDays, addMonths, daysBetween, endOfMonth, instant, isoDate, Random } from './random.ts';
import type { SeedData, SeedEvaluation, SeedExpert, SeedInstitution, SeedLesson, SeedProject, SeedReport, SeedRequest } from './types.ts';

export const FIRST_GENERATED = 101;
/** The generator's "today": statuses and dates are consistent with it, whatever the clock says. */
const TODAY = '2026-06-30';
/** The cycle's "today": requests, reports and lessons are dated before it; overdue reports are overdue on it. */
export const CYCLE_TODAY = '2026-11-29';
/** The last day the cycle's records are dated (instants stay before CYCLE_TODAY). */
const LAST_DAY = '2026-11-27';

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
  /** The registry the agency belongs to (default AGENCIES): only the agencies before it matter. */
  registry?: readonly AgencyEntry[];
}

/** How often an agency joins a cooperation of an agency registered before it. */
const JOIN_CHANCE = 0.1;
/** How often a cooperation an agency holds alone is regional. */
const REGIONAL_CHANCE = 0.08;

/**
 * The agency registered before `agency` whose cooperation number k it joins, if any (see above).
 * It depends only on the agencies registered up to `agency` (an agency outside the registry may
 * join any of them), and joins only a bilateral record its partner holds alone.
 */
export function partnerOf(agency: AgencyEntry, k: number, registry: readonly AgencyEntry[] = AGENCIES): AgencyEntry | undefined {
  const index = registry.findIndex((a) => a.code === agency.code);
  const earlier = index < 0 ? registry : registry.slice(0, index);
  if (!earlier.length) return undefined;
  const r = new Random(`join:${agency.code}:${k}`);
  if (!r.chance(JOIN_CHANCE)) return undefined;
  const partner = r.pick(earlier);
  if (partnerOf(partner, k, registry)) return undefined;
  // the partner's record k must be bilateral: the first two draws of its stream for k
  const theirs = new Random(`${partner.code}:${k}`);
  theirs.pick(THEMES);
  return theirs.chance(REGIONAL_CHANCE) ? undefined : partner;
}

/** Which agency holds the evaluation of a cooperation that `agency` joined: itself (a JOINT one) or its partner's record. */
const evaluatesOwnRecord = (agency: AgencyEntry, k: number) => new Random(`join:${agency.code}:${k}:evaluation`).chance(0.5);

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
    // final: every named party has signed it off
    signOffs: evaluators.map((a, i) => ({ agency: a, user: `${a.toLowerCase()}-evaluator`, at: instant(date, 14 + i) })),
  };
}

type Theme = (typeof THEMES)[number];
type ThemeKind = Theme['kind'];

/** The indicators of a project's results, by kind of theme: an output (unit) and an outcome (percentage). */
const INDICATORS: Record<ThemeKind, { output: string; target: readonly [number, number]; outcomeResult: string; outcome: string }> = {
  agriculture: {
    output: 'Farmers and extension workers trained',
    target: [60, 1500],
    outcomeResult: 'Improved practices adopted by farmers in the project area',
    outcome: 'Share of trained farmers applying the promoted practices',
  },
  health: {
    output: 'Health professionals trained',
    target: [40, 800],
    outcomeResult: 'Better coverage of the targeted health services',
    outcome: 'Coverage of the targeted service in the project area',
  },
  education: {
    output: 'Instructors and trainees certified',
    target: [30, 600],
    outcomeResult: 'Graduates find work or further training',
    outcome: 'Share of graduates employed or in further training within a year',
  },
  governance: {
    output: 'Officials trained',
    target: [20, 300],
    outcomeResult: 'Procedures and tools adopted by the partner institution',
    outcome: 'Share of the agreed procedures in use by the partner institution',
  },
  water: {
    output: 'Households with an improved water or sanitation service',
    target: [200, 5000],
    outcomeResult: 'Safer water and sanitation in the project area',
    outcome: 'Share of the population of the project area with safely managed water',
  },
  energy: {
    output: 'Renewable generation capacity installed (kW)',
    target: [50, 2000],
    outcomeResult: 'Reliable electricity for public facilities',
    outcome: 'Share of public facilities in the project area with reliable electricity',
  },
  environment: {
    output: 'Local authorities with an approved management or risk-reduction plan',
    target: [5, 80],
    outcomeResult: 'Plans applied by local authorities',
    outcome: 'Share of the planned measures carried out by local authorities',
  },
  industry: {
    output: 'Small and medium enterprises supported',
    target: [30, 600],
    outcomeResult: 'Supported enterprises grow',
    outcome: 'Share of supported enterprises with higher sales after a year',
  },
};

function resultsFor(r: Random, theme: Theme, baselineYear: number): ResultValue[] {
  const ind = INDICATORS[theme.kind];
  const [low, high] = ind.target;
  const results: ResultValue[] = [
    {
      type: '1',
      title: `Capacity in ${theme.topic} strengthened`,
      indicators: [
        {
          ref: '1.1',
          title: ind.output,
          measure: '1',
          ascending: true,
          baselineYear,
          baselineValue: 0,
          targetValue: Math.max(5, Math.round(r.int(low, high) / 5) * 5),
        },
      ],
    },
  ];
  if (r.chance(0.5)) {
    const base = r.int(5, 35);
    results.push({
      type: '2',
      title: ind.outcomeResult,
      indicators: [
        {
          ref: '2.1',
          title: ind.outcome,
          measure: '2',
          ascending: true,
          baselineYear,
          baselineValue: base,
          targetValue: Math.min(100, base + r.int(15, 50)),
        },
      ],
    });
  }
  return results;
}

const REPORT_ACTIVITIES = [
  'two training workshops held with the partner institution',
  'field visits to the pilot sites',
  'steering committee met and approved the work plan',
  'equipment delivered and installed',
  'exchange visit of partner staff to the provider institution',
  'baseline survey completed',
  'training materials translated and adapted',
] as const;
const REPORT_ISSUES = [
  'Procurement of equipment took longer than planned.',
  'Turnover of trained staff at the partner institution.',
  'Field work interrupted by the rainy season.',
  'Visas for the visiting experts were delayed.',
  'Counterpart funding released late.',
] as const;
const REPORT_NEXT_STEPS = [
  'Second training module and follow-up visits.',
  'Joint review of the indicators with the partner institution.',
  'Extend the pilot to two more districts.',
  'Prepare the mid-term evaluation.',
  'Hand over the training materials to the partner institution.',
] as const;
const REPORT_COMMENTS = [
  'Figures agreed; please attach the list of participants.',
  'We confirm the progress reported and will share our mission report.',
  'The delay was discussed at the steering committee; the revised schedule is accepted.',
  'Thank you; the next report should include the results of the field survey.',
] as const;

const DECLINE_REASONS = [
  'Outside the priority sectors agreed with the partner country for this period.',
  "The support asked for is already covered by another provider's programme with the same institution.",
  'No implementing institution with the required expertise is available in the period requested.',
  'The budget of the current cycle is fully committed; the requester is invited to submit it again next year.',
] as const;

/** Given names and family names of the talent bank's fictional people, by group of countries. */
const NAMES = {
  pt: [
    ['Ana', 'João', 'Mariana', 'Pedro', 'Luísa', 'Carlos', 'Beatriz', 'Rafael', 'Helena', 'Tiago', 'Inês', 'Márcio'],
    ['Almeida', 'Carvalho', 'Ferreira', 'Moreira', 'Ribeiro', 'Teixeira', 'Nogueira', 'Barbosa', 'Cardoso', 'Pires', 'Valadares', 'Macedo'],
  ],
  ja: [
    ['Haruka', 'Kenta', 'Yui', 'Daisuke', 'Aya', 'Takumi', 'Mei', 'Shota', 'Natsuki', 'Ryo'],
    ['Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida'],
  ],
  id: [
    ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Wulan', 'Fajar', 'Ayu', 'Indra', 'Lina'],
    ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Lestari', 'Nugroho', 'Kusuma', 'Setiawan', 'Rahmawati', 'Siregar', 'Harahap'],
  ],
  es: [
    ['Lucía', 'Mateo', 'Sofía', 'Diego', 'Valentina', 'Andrés', 'Camila', 'Javier', 'Daniela', 'Luis'],
    ['Gómez', 'Rojas', 'Vargas', 'Castillo', 'Morales', 'Herrera', 'Medina', 'Ortiz', 'Salazar', 'Navarro'],
  ],
  fr: [
    ['Aminata', 'Moussa', 'Fatou', 'Ibrahima', 'Awa', 'Ousmane', 'Mariam', 'Cheikh', 'Nadia', 'Yves', 'Jean', 'Marie'],
    ['Diallo', 'Traoré', 'Ndiaye', 'Koné', 'Camara', 'Sow', 'Diop', 'Keïta', 'Sylla', 'Baptiste', 'Pierre', 'Rakoto'],
  ],
  en: [
    ['Grace', 'Joseph', 'Amina', 'Samuel', 'Esther', 'Daniel', 'Mercy', 'Peter', 'Faith', 'John', 'Tigist', 'Dawit'],
    ['Otieno', 'Mensah', 'Mwangi', 'Banda', 'Phiri', 'Okello', 'Asante', 'Njoroge', 'Kamau', 'Boateng', 'Bekele', 'Mutua'],
  ],
  ar: [
    ['Omar', 'Layla', 'Ahmed', 'Fatima', 'Youssef', 'Mona', 'Khaled', 'Salma', 'Hassan', 'Nour'],
    ['Haddad', 'Mansour', 'Saleh', 'Nasser', 'Farouk', 'Hamdi', 'Khalil', 'Aziz', 'Rahman', 'Zaki'],
  ],
  asia: [
    ['Linh', 'Sokha', 'Aung', 'Mai', 'Vanna', 'Thida', 'Minh', 'Anjali', 'Rahul', 'Priya', 'Imran', 'Sunita'],
    ['Nguyen', 'Tran', 'Phan', 'Chan', 'Keo', 'Win', 'Soe', 'Sharma', 'Perera', 'Khan', 'Thapa', 'Hossain'],
  ],
} as const satisfies Record<string, readonly [readonly string[], readonly string[]]>;

/** A country's languages (ISO 639-1) and the name group its experts are drawn from. */
const PEOPLE: Record<string, { languages: readonly string[]; names: keyof typeof NAMES }> = {
  BR: { languages: ['pt'], names: 'pt' },
  JP: { languages: ['ja'], names: 'ja' },
  ID: { languages: ['id'], names: 'id' },
  IN: { languages: ['hi', 'en'], names: 'asia' },
  ZA: { languages: ['en', 'zu'], names: 'en' },
  MX: { languages: ['es'], names: 'es' },
  CL: { languages: ['es'], names: 'es' },
  TH: { languages: ['th'], names: 'asia' },
  MZ: { languages: ['pt'], names: 'pt' },
  AO: { languages: ['pt'], names: 'pt' },
  GW: { languages: ['pt'], names: 'pt' },
  CV: { languages: ['pt'], names: 'pt' },
  ST: { languages: ['pt'], names: 'pt' },
  TL: { languages: ['pt', 'id'], names: 'pt' },
  KE: { languages: ['sw', 'en'], names: 'en' },
  GH: { languages: ['en'], names: 'en' },
  SN: { languages: ['fr', 'wo'], names: 'fr' },
  ET: { languages: ['am', 'en'], names: 'en' },
  TZ: { languages: ['sw', 'en'], names: 'en' },
  UG: { languages: ['en', 'sw'], names: 'en' },
  RW: { languages: ['rw', 'en', 'fr'], names: 'en' },
  ZM: { languages: ['en'], names: 'en' },
  MW: { languages: ['en', 'ny'], names: 'en' },
  BJ: { languages: ['fr'], names: 'fr' },
  ML: { languages: ['fr', 'bm'], names: 'fr' },
  NE: { languages: ['fr', 'ha'], names: 'fr' },
  HN: { languages: ['es'], names: 'es' },
  GT: { languages: ['es'], names: 'es' },
  SV: { languages: ['es'], names: 'es' },
  NI: { languages: ['es'], names: 'es' },
  BO: { languages: ['es', 'qu'], names: 'es' },
  PY: { languages: ['es', 'gn'], names: 'es' },
  PE: { languages: ['es', 'qu'], names: 'es' },
  CO: { languages: ['es'], names: 'es' },
  HT: { languages: ['fr', 'ht'], names: 'fr' },
  DO: { languages: ['es'], names: 'es' },
  CU: { languages: ['es'], names: 'es' },
  JM: { languages: ['en'], names: 'en' },
  EC: { languages: ['es'], names: 'es' },
  LA: { languages: ['lo'], names: 'asia' },
  KH: { languages: ['km'], names: 'asia' },
  MM: { languages: ['my'], names: 'asia' },
  VN: { languages: ['vi'], names: 'asia' },
  PH: { languages: ['tl', 'en'], names: 'asia' },
  PG: { languages: ['en'], names: 'en' },
  FJ: { languages: ['en', 'fj'], names: 'en' },
  AF: { languages: ['ps', 'fa'], names: 'asia' },
  BD: { languages: ['bn'], names: 'asia' },
  NP: { languages: ['ne'], names: 'asia' },
  LK: { languages: ['si', 'ta'], names: 'asia' },
  PK: { languages: ['ur', 'en'], names: 'asia' },
  EG: { languages: ['ar'], names: 'ar' },
  MA: { languages: ['ar', 'fr'], names: 'ar' },
  TN: { languages: ['ar', 'fr'], names: 'ar' },
  PS: { languages: ['ar'], names: 'ar' },
  JO: { languages: ['ar'], names: 'ar' },
  SD: { languages: ['ar'], names: 'ar' },
  SO: { languages: ['so', 'ar'], names: 'ar' },
  YE: { languages: ['ar'], names: 'ar' },
  MG: { languages: ['mg', 'fr'], names: 'fr' },
};

/** Nationalities of UNOSSC's roster: countries of the South. */
const SOUTH = [...PARTNERS, 'BR', 'ID', 'IN', 'ZA', 'MX', 'CL', 'TH', 'EG'] as const;

/** Languages an agency's experts often add to their own. */
const WORKING_LANGUAGES: Record<string, readonly (readonly [string, number])[]> = {
  BR: [
    ['es', 0.5],
    ['en', 0.6],
    ['fr', 0.15],
  ],
  JP: [
    ['en', 0.9],
    ['es', 0.15],
    ['pt', 0.1],
    ['fr', 0.1],
  ],
  ID: [
    ['en', 0.85],
    ['ms', 0.1],
  ],
};

const LESSONS = [
  {
    title: 'Appraise the request together with the requesting institution',
    summary: (p: string) =>
      `A joint appraisal mission with the requesting institution shortened the design of ${p} and clarified who does what.`,
  },
  {
    title: 'Agree the indicators with the recipient at the start',
    summary: (p: string) =>
      `Indicators agreed at the first steering committee of ${p} made the joint monitoring reports comparable from period to period.`,
  },
  {
    title: 'Pair visiting experts with national counterparts',
    summary: (p: string) =>
      `In ${p}, every visiting expert worked with a named counterpart, who carried on the training after the expert left.`,
  },
  {
    title: 'Plan language support for training',
    summary: (p: string) =>
      `Interpretation and translated materials, planned in the budget of ${p}, were decisive for the participation of field staff.`,
  },
  {
    title: 'Plan the handover from the first year',
    summary: (p: string) =>
      `From its first year, ${p} planned which national unit would take over each activity, and the activities continued after it closed.`,
  },
  {
    title: 'Budget national follow-up before the project ends',
    summary: (p: string) =>
      `Results of ${p} lasted where the partner's national budget included follow-up activities before the project ended.`,
  },
  {
    title: 'Share monitoring data among all partners every semester',
    summary: (p: string) => `Semester reports shared with all partners of ${p} exposed delays early enough to agree on a revised schedule.`,
  },
] as const;

const officer = (code: string) => `${code.toLowerCase()}-officer`;
const clampDay = (date: string) => (date > LAST_DAY ? LAST_DAY : date);
const latest = (a: string, b: string) => (a > b ? a : b);

/** Monitoring reports of an IMPLEMENTATION project: 1-3 consecutive periods, the last one on time or (deliberately) overdue on CYCLE_TODAY. */
function reportsFor(
  r: Random,
  agency: AgencyEntry,
  partner: AgencyEntry | undefined,
  project: SeedProject,
  interval: number,
  nextId: () => string,
): SeedReport[] {
  const start = project.actualStart;
  if (!start || !project.results?.length) return [];
  const overdue = r.chance(0.25);
  // months back from CYCLE_TODAY's month to the last period's month
  const back = overdue ? r.int(interval + 1, interval + 8) : r.int(1, Math.max(1, interval - 1));
  const count = r.int(1, 3);
  const periods: { start: string; end: string }[] = [];
  let end = endOfMonth(addMonths(`${CYCLE_TODAY.slice(0, 8)}01`, -back));
  for (let i = 0; i < count && end >= start; i++) {
    const first = addMonths(`${end.slice(0, 8)}01`, -(interval - 1));
    periods.unshift({ start: latest(first, start), end });
    end = addDays(first, -1);
  }
  const total = Math.max(1, daysBetween(start, project.plannedEnd ?? addMonths(start, 36)));
  return periods.map((period) => {
    const elapsed = Math.min(1, Math.max(0, daysBetween(start, period.end) / total));
    const pace = 0.6 + r.next() * 0.5;
    const progress = (project.results ?? []).flatMap((result) =>
      result.indicators.map((i) => {
        const base = i.baselineValue ?? 0;
        const value = base + ((i.targetValue ?? base) - base) * elapsed * pace;
        return {
          indicatorRef: i.ref,
          indicatorTitle: i.title,
          baselineValue: i.baselineValue,
          targetValue: i.targetValue,
          actualValue: i.measure === '2' ? Math.round(value * 10) / 10 : Math.round(value),
          comment: pace < 0.75 ? 'Behind the planned pace; see issues.' : null,
        };
      }),
    );
    const byPartner = partner !== undefined && r.chance(0.4);
    const writer = byPartner ? (partner as AgencyEntry) : agency;
    const other = byPartner ? agency : partner;
    const createdDay = clampDay(addDays(period.end, r.int(5, 25)));
    // reports are written in the morning, commented on in the afternoon: a comment never precedes its report
    const report: SeedReport = {
      id: nextId(),
      projectId: project.id,
      periodStart: period.start,
      periodEnd: period.end,
      side: byPartner ? 'FACILITATOR' : 'PROVIDER',
      agency: writer.code,
      author: officer(writer.code),
      summary: `Period ${period.start} to ${period.end}: ${r.sample(REPORT_ACTIVITIES, 2).join('; ')}.`,
      progress,
      nextSteps: r.pick(REPORT_NEXT_STEPS),
      createdAt: instant(createdDay, r.int(8, 11), r.int(0, 59)),
    };
    if (pace < 0.75 || r.chance(0.3)) report.issues = r.pick(REPORT_ISSUES);
    if (other && r.chance(0.5)) {
      report.comments = [
        {
          agency: other.code,
          user: officer(other.code),
          at: instant(clampDay(addDays(createdDay, r.int(1, 10))), r.int(13, 17), r.int(0, 59)),
          text: r.pick(REPORT_COMMENTS),
        },
      ];
    }
    return report;
  });
}

/** When a request that ends in `status` on `lastDay` was submitted, and its moves; each step a few days or weeks after the previous one. */
function requestTimeline(
  r: Random,
  agency: AgencyEntry,
  status: RequestStatus,
  lastDay: string,
  projectId?: string,
): { submittedAt: string; moves: NonNullable<SeedRequest['moves']> } {
  const user = officer(agency.code);
  const at = (day: string) => instant(day, r.int(8, 17), r.int(0, 59));
  const step = (to: RequestStatus, day: string, comment: string) => ({ to, at: at(day), user, agency: agency.code, comment });
  const days: { to: RequestStatus; day: string; comment: string }[] = [];
  let day = lastDay;
  const back = (to: RequestStatus, comment: string, gap: number) => {
    days.unshift({ to, day, comment });
    day = addDays(day, -gap);
  };
  // the comment the conversion mutation records
  if (status === 'CONVERTED') back('CONVERTED', `converted into ${projectId}`, r.int(5, 40));
  if (status === 'CONVERTED' || status === 'ACCEPTED') back('ACCEPTED', 'Approved by the appraisal committee.', r.int(10, 60));
  // a request may be declined straight away, without an appraisal
  const direct = status === 'DECLINED' && r.chance(0.4);
  if (status === 'DECLINED') back('DECLINED', r.pick(DECLINE_REASONS), direct ? r.int(3, 20) : r.int(10, 60));
  if (status !== 'SUBMITTED' && !direct)
    back('UNDER_APPRAISAL', 'Technical appraisal started with the implementing institution.', r.int(3, 20));
  return { submittedAt: at(day), moves: days.map((d) => step(d.to, d.day, d.comment)) };
}

function expertName(r: Random, group: keyof typeof NAMES): string {
  const [given, family] = NAMES[group];
  return `${r.pick(given)} ${r.pick(family)}`;
}

/** The generated records of one agency: institutions, projects, evaluations and the cooperation cycle. */
export function generate(agency: AgencyEntry, options: GeneratorOptions): SeedData {
  const institutions = institutionsFor(agency);
  /** An institution of the country that works on the theme. */
  const partnerIn = (r: Random, country: string, kind: string) =>
    r.pick(institutions.filter((i) => i.country === country && i.serves.includes(kind)));
  const projects: SeedProject[] = [];
  const evaluations: SeedEvaluation[] = [];
  const requests: SeedRequest[] = [];
  const reports: SeedReport[] = [];
  const experts: SeedExpert[] = [];
  const lessons: SeedLesson[] = [];
  let requestNo = FIRST_GENERATED;
  let reportNo = FIRST_GENERATED;
  let expertNo = FIRST_GENERATED;
  let lessonNo = FIRST_GENERATED;
  /** Projects in implementation so far, that experts are deployed to. */
  const active: { project: SeedProject; kind: ThemeKind; topic: string }[] = [];

  for (let k = FIRST_GENERATED; k < FIRST_GENERATED + options.projects; k++) {
    const partner = partnerOf(agency, k, options.registry);
    // the attributes of a cooperation joined come from the partner's own stream for k
    const shared = new Random(`${(partner ?? agency).code}:${k}`);
    const own = new Random(`${agency.code}:own:${k}`);
    const theme = shared.pick(THEMES);
    const regional = shared.chance(REGIONAL_CHANCE) && !partner;
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
    // results are the cooperation's: both records of a triangular cooperation measure the same
    const measures = new Random(`${(partner ?? agency).code}:results:${k}`);
    project.results = resultsFor(measures, theme, Number((actualStart ?? plannedStart).slice(0, 4)));
    project.reportingIntervalMonths = measures.pick([3, 6, 6, 6, 12]);

    const evaluable = status === 'CLOSED' || status === 'FINALISATION';
    const evalDate = addMonths(actualEnd ?? plannedEnd, 3) > TODAY ? TODAY : addMonths(actualEnd ?? plannedEnd, 3);
    if (partner && evaluable) {
      if (evaluatesOwnRecord(agency, k)) {
        evaluations.push(
          evaluation(makeId(agency, 'Evaluation', k), project.id, shared, 'JOINT', evalDate, [agency.code, partner.code], theme.topic),
        );
      } else {
        // this agency's own view of its partner's record of the same cooperation
        evaluations.push(
          evaluation(
            makeId(agency, 'Evaluation', k),
            makeId(partner, 'Project', k),
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

    // requests: most PIPELINE projects (of an agency's own cooperation) were converted from one
    const demand = new Random(`${agency.code}:request:${k}`);
    if (status === 'PIPELINE' && !partner && demand.chance(0.75)) {
      const id = makeId(agency, 'CooperationRequest', requestNo++);
      const timeline = requestTimeline(demand, agency, 'CONVERTED', clampDay(addDays(plannedStart, -demand.int(30, 120))), project.id);
      requests.push({
        id,
        title: project.title,
        description: `${recipientInstitution.name} asks ${agency.acronym} for cooperation on ${theme.topic}.`,
        sectors: [...project.sectors],
        sdgs: [...project.sdgs],
        requester: { name: recipientInstitution.name, country: main },
        desiredModality: modality,
        contact: { name: 'International cooperation desk', email: `cooperation.${main.toLowerCase()}@example.org` },
        submittedAt: timeline.submittedAt,
        submittedBy: officer(agency.code),
        submittedByAgency: agency.code,
        moves: timeline.moves,
        projectId: project.id,
      });
      project.requestId = id;
    } else if (demand.chance(0.22)) {
      const asked = demand.weighted<RequestStatus>([
        ['SUBMITTED', 25],
        ['UNDER_APPRAISAL', 30],
        ['ACCEPTED', 20],
        ['DECLINED', 25],
      ]);
      const topic = demand.pick(THEMES);
      const country = demand.pick(PARTNERS);
      const requester = partnerIn(demand, country, topic.kind);
      const daysAgo = demand.int(0, asked === 'SUBMITTED' ? 60 : asked === 'UNDER_APPRAISAL' ? 150 : 700);
      const timeline = requestTimeline(demand, agency, asked, addDays(LAST_DAY, -daysAgo));
      requests.push({
        id: makeId(agency, 'CooperationRequest', requestNo++),
        title: `${demand.pick(['Training in', 'Technical cooperation on', 'Exchange of experience on', 'Support to'])} ${topic.topic} for the ${requester.name}`,
        description: `${requester.name} asks ${agency.acronym} for training of its staff, exchange visits and advice on ${topic.topic}.`,
        sectors: [topic.sector],
        sdgs: [...topic.sdgs],
        requester: { name: requester.name, country },
        desiredModality: demand.weighted<SeedProject['modality']>([
          ['BILATERAL', 7],
          ['TRIANGULAR', 2],
          ['REGIONAL', 1],
        ]),
        contact: { name: 'International cooperation desk', email: `cooperation.${country.toLowerCase()}@example.org` },
        submittedAt: timeline.submittedAt,
        submittedBy: officer(agency.code),
        submittedByAgency: agency.code,
        moves: timeline.moves,
      });
    }

    // monitoring reports of projects in implementation
    if (status === 'IMPLEMENTATION') {
      active.push({ project, kind: theme.kind, topic: theme.topic });
      const watch = new Random(`${agency.code}:reports:${k}`);
      reports.push(
        ...reportsFor(watch, agency, partner, project, project.reportingIntervalMonths, () =>
          makeId(agency, 'MonitoringReport', reportNo++),
        ),
      );
    }

    // the talent bank: one expert per five projects, with the theme of project k
    if (k % 5 === 0) {
      const talent = new Random(`${agency.code}:expert:${k}`);
      const nationality =
        agency.country in PEOPLE && talent.chance(0.6) ? agency.country : talent.pick(agency.country in PEOPLE ? PARTNERS : SOUTH);
      const people = PEOPLE[nationality] ?? { languages: ['en'], names: 'en' };
      const languages = new Set(people.languages);
      for (const [language, p] of WORKING_LANGUAGES[nationality] ?? [['en', 0.6] as const]) if (talent.chance(p)) languages.add(language);
      if (agency.code === 'ABC' && talent.chance(0.3)) languages.add('pt');
      const related = THEMES.filter((t) => t.kind === theme.kind && t.sector !== theme.sector);
      const sectors = [theme.sector, ...(related.length && talent.chance(0.4) ? [talent.pick(related).sector] : [])];
      const name = expertName(talent, people.names);
      const windowStart = addMonths('2026-12-01', talent.int(-6, 18));
      const availability = [{ from: windowStart, to: endOfMonth(addMonths(windowStart, talent.int(2, 14))) }];
      const later = addMonths(addDays(availability[0]?.to ?? windowStart, 1), talent.int(2, 8));
      if (talent.chance(0.35) && later <= '2028-10-01') {
        const to = endOfMonth(addMonths(later, talent.int(1, 6)));
        availability.push({ from: later, to: to > '2028-12-31' ? '2028-12-31' : to });
      }
      for (const w of availability) if (w.to > '2028-12-31') w.to = '2028-12-31';
      const expert: SeedExpert = {
        id: makeId(agency, 'Expert', expertNo++),
        name,
        nationality,
        sectors,
        languages: [...languages],
        expertiseSummary: `${talent.int(5, 30)} years of experience in ${theme.topic} as ${talent.pick(['a researcher', 'a trainer', 'an adviser to ministries', 'a project manager', 'an extension specialist'])}; has worked in ${talent
          .sample(PARTNERS, 2)
          .map(countryName)
          .join(' and ')}.`,
        contact: { name, email: `${nameSortKey(name).replace(/[^a-z0-9]+/g, '.')}@example.org` },
        availability,
      };
      // deployed to a project in implementation on the same kind of theme, this one or an earlier one
      const sameKind = active.filter((a) => a.kind === theme.kind);
      const target = status === 'IMPLEMENTATION' ? active.at(-1) : sameKind.length ? talent.pick(sameKind) : undefined;
      if (target?.project.actualStart && talent.chance(0.5)) {
        const start = addDays(latest(target.project.actualStart, '2025-01-01'), talent.int(0, 300));
        const end = addDays(start, talent.int(30, 270));
        const stop = target.project.plannedEnd && target.project.plannedEnd < end ? target.project.plannedEnd : end;
        if (stop >= start) {
          expert.deployments = [
            {
              projectId: target.project.id,
              role: `${talent.pick(['Short-term expert', 'Long-term adviser', 'Trainer', 'Team leader'])} in ${target.topic}`,
              startDate: start,
              endDate: stop,
            },
          ];
        }
      }
      experts.push(expert);
    }

    // lessons: one per five projects, two thirds published
    if (k % 5 === 2) {
      const learn = new Random(`${agency.code}:lesson:${k}`);
      const last = evaluations.at(-1);
      const evaluated = last?.id === makeId(agency, 'Evaluation', k) && last.projectId === project.id ? last : undefined;
      const choices =
        status === 'PIPELINE' ? [0] : evaluated || status === 'CLOSED' || status === 'FINALISATION' ? [4, 5, 6] : [1, 2, 3, 6];
      const lesson = LESSONS[learn.pick(choices)] as (typeof LESSONS)[number];
      const createdDay = clampDay(
        evaluated
          ? addDays(evaluated.date, learn.int(10, 60))
          : status === 'PIPELINE'
            ? addDays(LAST_DAY, -learn.int(0, 120))
            : status === 'IMPLEMENTATION'
              ? addDays(actualStart ?? plannedStart, learn.int(180, 900))
              : addDays(actualEnd ?? plannedEnd, learn.int(30, 300)),
      );
      const record: SeedLesson = {
        id: makeId(agency, 'Lesson', lessonNo++),
        title: `${lesson.title}: ${theme.topic} in ${where}`,
        summary: lesson.summary(`the ${theme.topic} project in ${where}`),
        projectId: project.id,
        sectors: [...project.sectors],
        countries: [...recipients],
        // written in the morning, published (on the same day at the earliest) in the afternoon
        createdAt: instant(createdDay, learn.int(8, 11), learn.int(0, 59)),
        createdBy: evaluated ? `${agency.code.toLowerCase()}-evaluator` : officer(agency.code),
      };
      if (evaluated) record.evaluationId = evaluated.id;
      if (learn.chance(2 / 3))
        record.publishedAt = instant(clampDay(addDays(createdDay, learn.int(3, 90))), learn.int(13, 17), learn.int(0, 59));
      lessons.push(record);
    }
  }
  return {
    institutions: institutions.map(({ serves: _, ...i }) => i),
    projects,
    evaluations,
    requests,
    reports,
    experts,
    lessons,
  };
}
