/**
 * The shared GraphQL contract, and the generators of every per-agency definition.
 *
 * Design (ARCHITECTURE.md section 4): Federation routes by type, never by key value, so every
 * agency owns concrete types (`AbcProject`, `JicaProject`, ...) behind value interfaces
 * (`Project`, `Institution`, `Evaluation`). A field that points at another agency's record
 * (`Evaluation.project`, `Project.relatedProjects`) is contributed by the network subgraph from
 * a raw id with `@requires`, so no agency subgraph needs stubs of other agencies' types.
 * Cross-agency lists are scatter-gather search entities (`ProjectConnection @key(fields: "key")`):
 * every agency contributes a nullable slice, the network subgraph merges them.
 */
import { readFileSync } from 'node:fs';
import { AGENCIES, type AgencyEntry, agencyNames } from './registry.ts';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible", "@external", "@requires"])';

/** IATI ActivityStatus codes by enum value. */
export const ACTIVITY_STATUS = {
  PIPELINE: 1,
  IMPLEMENTATION: 2,
  FINALISATION: 3,
  CLOSED: 4,
  CANCELLED: 5,
  SUSPENDED: 6,
} as const;
export type ActivityStatus = keyof typeof ACTIVITY_STATUS;

/** IATI RelatedActivityType codes by enum value. */
export const RELATED_ACTIVITY_TYPE = {
  PARENT: 1,
  CHILD: 2,
  SIBLING: 3,
  CO_FUNDED: 4,
  THIRD_PARTY: 5,
} as const;
export type RelatedActivityType = keyof typeof RELATED_ACTIVITY_TYPE;

/** IATI OrganisationRole codes by enum value. */
export const ORGANISATION_ROLE = { FUNDING: 1, ACCOUNTABLE: 2, EXTENDING: 3, IMPLEMENTING: 4 } as const;
export type OrganisationRole = keyof typeof ORGANISATION_ROLE;

/** The name of a code of one of the IATI code tables above: `codeName(ACTIVITY_STATUS, 2) = 'IMPLEMENTATION'`. */
export function codeName<T extends Record<string, number>>(table: T, code: number): keyof T & string {
  const names = NAMES.get(table) ?? new Map(Object.entries(table).map(([k, v]) => [v, k]));
  NAMES.set(table, names);
  const name = names.get(code);
  if (name === undefined) throw new Error(`code ${code} is not in ${Object.keys(table).join(', ')}`);
  return name as keyof T & string;
}
const NAMES = new WeakMap<object, Map<number, string>>();

export const MODALITIES = ['BILATERAL', 'TRIANGULAR', 'REGIONAL'] as const;
export type Modality = (typeof MODALITIES)[number];
export const PARTICIPANT_ROLES = ['PROVIDER', 'FACILITATOR', 'RECIPIENT', 'FUNDER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const EVALUATION_TYPES = ['MID_TERM', 'FINAL', 'EX_POST', 'JOINT'] as const;
export type EvaluationType = (typeof EVALUATION_TYPES)[number];
/** The six OECD DAC evaluation criteria. */
export const DAC_CRITERIA = ['RELEVANCE', 'COHERENCE', 'EFFECTIVENESS', 'EFFICIENCY', 'IMPACT', 'SUSTAINABILITY'] as const;
export type DacCriterion = (typeof DAC_CRITERIA)[number];
export const OVERALL_RATINGS = ['A', 'B', 'C', 'D'] as const;
export type OverallRating = (typeof OVERALL_RATINGS)[number];

/**
 * The states of a request for cooperation, in the order a request usually passes them.
 * SUBMITTED: received from the requesting institution; UNDER_APPRAISAL: the provider studies it;
 * ACCEPTED or DECLINED (with a reason); CONVERTED: a project was made of it.
 */
export const REQUEST_STATUSES = ['SUBMITTED', 'UNDER_APPRAISAL', 'ACCEPTED', 'DECLINED', 'CONVERTED', 'WITHDRAWN'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * The moves between states. The provider moves a request; CONVERTED is reached only by
 * converting it into a project, WITHDRAWN only by the requesting side withdrawing it.
 */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  SUBMITTED: ['UNDER_APPRAISAL', 'DECLINED', 'WITHDRAWN'],
  UNDER_APPRAISAL: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['CONVERTED'],
  DECLINED: [],
  CONVERTED: [],
  WITHDRAWN: [],
};

/** RESOLUTION: a resolution of an intergovernmental body, such as the UN General Assembly. */
export const LEGAL_INSTRUMENT_KINDS = ['LAW', 'DECREE', 'REGULATION', 'AGREEMENT', 'RESOLUTION'] as const;

/**
 * A file of the shared schema (`packages/contract/schema/*.graphql`), without the newline that
 * ends the file: the `.graphql` files are the source of the shared interfaces, enums, inputs and
 * value types; `schema.test.ts` checks that the enums agree with the constants above.
 */
const schemaFile = (name: string): string => readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8').replace(/\n$/, '');

/** Scalars, enums, inputs and value types that every subgraph declares identically. */
export const SHARED_SDL = `${schemaFile('shared.graphql')}${schemaFile('cycle.graphql')}\n`;

/** The record interfaces (`Project`, `Institution`, ...) as the agency subgraphs declare them. */
const RECORD_INTERFACES = schemaFile('records.graphql');

/** The fields of a record interface, which the agency's concrete type repeats. */
function fieldsOf(name: string): string {
  const m = new RegExp(`^interface ${name} \\{(.*?)\\n\\}$`, 'ms').exec(RECORD_INTERFACES);
  if (!m?.[1]) throw new Error(`schema/records.graphql has no interface ${name}`);
  return m[1];
}
const PROJECT_FIELDS = fieldsOf('Project');
const INSTITUTION_FIELDS = fieldsOf('Institution');
const EVALUATION_FIELDS = fieldsOf('Evaluation');
const REQUEST_FIELDS = fieldsOf('CooperationRequest');
const EXPERT_FIELDS = fieldsOf('Expert');
const LESSON_FIELDS = fieldsOf('Lesson');
const PROFILE_FIELDS = fieldsOf('AgencyProfile');

const PROJECT_INPUT_FIELDS = (create: boolean) => {
  const req = (t: string) => (create ? `${t}!` : t);
  return `  title: ${req('String')}
  description: String
  """The language of title and description (ISO 639-1, from the IATI Language code list; default "en")."""
  language: String
  """The title and description in other languages (a patch replaces them all)."""
  narratives: [NarrativeInput!]
  status: ${req('ActivityStatus')}
  modality: ${req('Modality')}
  """IATI collaboration type code."""
  collaborationType: String
  plannedStartDate: Date
  plannedEndDate: Date
  actualStartDate: Date
  actualEndDate: Date
  recipientCountries: ${req('[String!]')}
  """DAC 5-digit sector codes."""
  sectors: ${req('[String!]')}
  sdgs: ${req('[Int!]')}
  budget: MoneyInput
  participants: ${req('[ParticipantInput!]')}
  relatedProjects: [RelatedProjectInput!]
  results: [ResultInput!]
  """Months between monitoring reports (1-24; default 6)."""
  reportingIntervalMonths: Int`;
};

/** What an agency adds to the shared contract: its own fields, types and resolvers. */
export interface AgencySdlExtension {
  /** SDL lines added to the agency's project type, e.g. `scheme: JicaScheme!`. */
  readonly projectFields?: string;
  /** The same field in the project input and patch, optional, e.g. `scheme: JicaScheme`. */
  readonly projectInputFields?: string;
  /** Extra type definitions (enums the fields use). */
  readonly typeDefs?: string;
}

/** The cross-agency lists: search entity, the record kind it lists. */
export const SEARCHES = [
  {
    connection: 'ProjectConnection',
    kind: 'Project',
    filter: 'ProjectFilter',
    query: 'projects',
    order: 'startDate',
    rank: 'date',
    doc: 'ordered by start date (latest first, undated last), then id',
  },
  {
    connection: 'InstitutionConnection',
    kind: 'Institution',
    filter: 'InstitutionFilter',
    query: 'institutions',
    order: 'name',
    rank: 'string',
    doc: 'ordered by name, then id',
  },
  {
    connection: 'EvaluationConnection',
    kind: 'Evaluation',
    filter: 'EvaluationFilter',
    query: 'evaluations',
    order: 'date',
    rank: 'date',
    doc: 'latest first, then id',
  },
  {
    connection: 'CooperationRequestConnection',
    kind: 'CooperationRequest',
    filter: 'CooperationRequestFilter',
    query: 'cooperationRequests',
    order: 'submittedAt',
    rank: 'instant',
    doc: 'requests for cooperation, newest first, then id',
  },
  {
    connection: 'ExpertConnection',
    kind: 'Expert',
    filter: 'ExpertFilter',
    query: 'experts',
    order: 'name',
    rank: 'string',
    doc: 'talent-bank experts, ordered by name, then id',
  },
  {
    connection: 'LessonConnection',
    kind: 'Lesson',
    filter: 'LessonFilter',
    query: 'lessons',
    order: 'publishedAt',
    rank: 'instant',
    doc: "published lessons, newest first (the caller's own agency's unpublished ones last)",
  },
] as const;
export type SearchKind = (typeof SEARCHES)[number]['kind'];

/**
 * The statistics of the cross-agency lists: pushed down like the lists. The network's query
 * answers a statistics entity (`ProjectStats @key(fields: "key")`, the key a search key of the
 * list's filter); every agency contributes its share as a nullable `StatsPart` field
 * (`abcProjectStats`), which the network merges into the public fields.
 */
export const STATS = [
  { kind: 'Project', type: 'ProjectStats', filter: 'ProjectFilter', query: 'projectStats', list: 'projects' },
  { kind: 'Evaluation', type: 'EvaluationStats', filter: 'EvaluationFilter', query: 'evaluationStats', list: 'evaluations' },
  {
    kind: 'CooperationRequest',
    type: 'RequestStats',
    filter: 'CooperationRequestFilter',
    query: 'requestStats',
    list: 'cooperationRequests',
  },
  { kind: 'Expert', type: 'ExpertStats', filter: 'ExpertFilter', query: 'expertStats', list: 'experts' },
] as const satisfies readonly { kind: SearchKind; type: string; filter: string; query: string; list: string }[];
export type StatsKind = (typeof STATS)[number]['kind'];

const STATS_PART_SCALAR = `"""An agency's share of a statistic (JSON), merged by the network subgraph."""
scalar StatsPart @inaccessible`;

/** `schema/stats.graphql`: the value types the statistics use, and the public fields of each statistics type. */
const STATS_FILE = schemaFile('stats.graphql');
const STATS_BLOCKS = [...STATS_FILE.matchAll(/(?:"""[^"]*"""\n)?type (\w+) \{\n(.*?)\n\}/gs)].map((m) => ({
  text: m[0],
  name: m[1] ?? '',
  fields: m[2] ?? '',
}));
function statsType(name: string) {
  const block = STATS_BLOCKS.find((b) => b.name === name);
  if (!block) throw new Error(`schema/stats.graphql has no type ${name}`);
  return block;
}

/** The complete SDL of one agency's subgraph. */
export function agencySubgraphSdl(agency: AgencyEntry, ext: AgencySdlExtension = {}): string {
  const n = agencyNames(agency);
  const m = n.mutation;
  const q = n.query;
  const slices = SEARCHES.map(
    ({ connection, kind }) => `
"""${agency.code}'s share of a cross-agency list; merged by the network subgraph."""
type ${connection} @key(fields: "key") {
  key: String!
  ${n.sliceField}: ${n.sliceType(kind)} @inaccessible
}
type ${n.sliceType(kind)} @inaccessible {
  total: Int!
  items: [${n.type(kind)}!]!
}
type ${n.pageType(kind)} {
  totalCount: Int!
  nodes: [${n.type(kind)}!]!
  pageInfo: PageInfo!
}`,
  ).join('\n');
  const stats = STATS.map(
    ({ kind, type }) => `type ${type} @key(fields: "key") {
  key: String! @inaccessible
  ${n.statsField(kind)}: StatsPart @inaccessible
}`,
  ).join('\n');
  return `${FEDERATION_LINK}
${SHARED_SDL}
type Agency @key(fields: "code", resolvable: false) { code: String! }
type Country @key(fields: "code", resolvable: false) { code: String! }
type Sector @key(fields: "code", resolvable: false) { code: String! }
type SdgGoal @key(fields: "goal", resolvable: false) { goal: Int! }

type Participant @shareable {
  role: ParticipantRole!
  organisationRole: OrganisationRole!
  """The name in \`lang\` (ISO 639-1) where the record has it, else in the project's own language."""
  name(lang: String): String!
  """The name in every other language the record has it in."""
  nameTranslations: [Translation!]!
  country: Country
  """Set when the participant is an agency of the federation."""
  agency: Agency
  """Set when the participant is an institution in the owning agency's registry."""
  institution: Institution
}

${RECORD_INTERFACES}

"""A project recorded by ${agency.name}."""
type ${n.type('Project')} implements Project @key(fields: "id") {${PROJECT_FIELDS}
  relatedRefs: [RelatedRef!]! @inaccessible${ext.projectFields ? `\n  ${ext.projectFields.trim()}` : ''}
}

"""An institution in the registry of ${agency.name}."""
type ${n.type('Institution')} implements Institution @key(fields: "id") {${INSTITUTION_FIELDS}
}

"""An evaluation held by ${agency.name}, of its own project or of a partner agency's."""
type ${n.type('Evaluation')} implements Evaluation @key(fields: "id") {${EVALUATION_FIELDS}
  projectId: ID! @inaccessible
}

"""A request for cooperation addressed to ${agency.name}."""
type ${n.type('CooperationRequest')} implements CooperationRequest @key(fields: "id") {${REQUEST_FIELDS}
}

"""An expert in the talent bank of ${agency.name}."""
type ${n.type('Expert')} implements Expert @key(fields: "id") {${EXPERT_FIELDS}
  deploymentRefs: [DeploymentRef!]! @inaccessible
}

"""A lesson learnt, noted by ${agency.name}."""
type ${n.type('Lesson')} implements Lesson @key(fields: "id") {${LESSON_FIELDS}
  projectId: ID @inaccessible
  evaluationId: ID @inaccessible
}

"""The legal and institutional framework of ${agency.name}."""
type ${n.type('AgencyProfile')} implements AgencyProfile @key(fields: "code") {${PROFILE_FIELDS}
}
${slices}
${STATS_PART_SCALAR}
${stats}
${ext.typeDefs ?? ''}
input ${n.type('ProjectInput')} {
${PROJECT_INPUT_FIELDS(true)}${ext.projectInputFields ? `\n  ${ext.projectInputFields.trim()}` : ''}
}

input ${n.type('ProjectPatch')} {
${PROJECT_INPUT_FIELDS(false)}${ext.projectInputFields ? `\n  ${ext.projectInputFields.trim()}` : ''}
}

"""An accepted change, as written to ${agency.code}'s audit log."""
type ${n.type('AuditEntry')} {
  id: ID!
  at: DateTime!
  user: String
  agency: String
  """${agency.code}'s own id of the request that made the change."""
  requestId: String
  """The x-request-id the caller sent (printable ASCII, at most 100 characters), kept apart from requestId; null when absent or unfit."""
  clientRequestId: String
  action: String!
  recordId: ID!
  before: String
  after: String
}

"""A user in ${agency.code}'s registry: its roles replace a token's, and a deactivated user may not write."""
type ${n.type('User')} {
  user: ID!
  roles: [Role!]!
  active: Boolean!
  updatedAt: DateTime!
}

"""A public key that ${agency.code} signs tokens with (served as its JWKS at /.well-known/jwks.json)."""
type ${n.type('SigningKey')} {
  kid: ID!
  """The public JWK, as JSON."""
  jwk: String!
  addedAt: DateTime!
  retiredAt: DateTime
}

type ${n.type('AuditPage')} {
  nodes: [${n.type('AuditEntry')}!]!
  pageInfo: PageInfo!
}

"""Writes to ${agency.code}'s records. Every mutation needs a bearer token; see the README's Security section."""
type Mutation {
  """An officer or admin of ${agency.code} registers an institution. Retrying with the same idempotencyKey returns the first result."""
  ${m.createInstitution}(input: InstitutionInput!, idempotencyKey: String): ${n.type('Institution')}!
  """\`version\` is the version read; a stale one is refused with CONFLICT."""
  ${m.updateInstitution}(id: ID!, version: Int!, patch: InstitutionPatch!): ${n.type('Institution')}!
  ${m.createProject}(input: ${n.type('ProjectInput')}!, idempotencyKey: String): ${n.type('Project')}!
  ${m.updateProject}(id: ID!, version: Int!, patch: ${n.type('ProjectPatch')}!): ${n.type('Project')}!
  """An officer or admin of a recipient agency of the project confirms its participation."""
  ${m.confirmProjectParticipation}(id: ID!, comment: String): ${n.type('Project')}!
  """An evaluator or admin of ${agency.code} opens an evaluation (a DRAFT) naming ${agency.code} among its evaluators."""
  ${m.createEvaluation}(input: EvaluationInput!, idempotencyKey: String): ${n.type('Evaluation')}!
  """An evaluator or admin of one of the named evaluating agencies revises a DRAFT (only ${agency.code} changes the evaluators); every sign-off is cleared, since the parties sign what they read."""
  ${m.updateEvaluation}(id: ID!, version: Int!, patch: EvaluationPatch!): ${n.type('Evaluation')}!
  """An evaluator or admin of one of the named evaluating agencies signs the evaluation off; it is FINAL once all have."""
  ${m.signOffEvaluation}(id: ID!, """The version read: a party signs the text it read.""" version: Int!): ${n.type('Evaluation')}!
  """An admin of ${agency.code} replaces ${agency.code}'s profile: mandate, legal instruments, coordination mechanisms, focal points. \`version\` is the profile's version read (0 before the first)."""
  ${m.setAgencyProfile}(version: Int!, input: AgencyProfileInput!): ${n.type('AgencyProfile')}!
  """An officer or admin of any federation agency submits a request for cooperation to ${agency.code} (on behalf of the requesting institution)."""
  ${m.submitCooperationRequest}(input: CooperationRequestInput!, idempotencyKey: String): ${n.type('CooperationRequest')}!
  """An officer or admin of ${agency.code} moves a request to another state (see RequestStatus); DECLINED needs a comment giving the reason."""
  ${m.moveCooperationRequest}(id: ID!, version: Int!, to: RequestStatus!, comment: String): ${n.type('CooperationRequest')}!
  """An officer or admin of the agency that submitted the request withdraws it, while it is SUBMITTED or UNDER_APPRAISAL."""
  ${m.withdrawCooperationRequest}(id: ID!, version: Int!, comment: String): ${n.type('CooperationRequest')}!
  """An officer or admin of ${agency.code} converts an ACCEPTED request into a PIPELINE project with the provider and the requester as participants."""
  ${m.convertCooperationRequest}(id: ID!, version: Int!, input: ConversionInput!): ${n.type('CooperationRequest')}!
  """An officer, evaluator or admin of an agency participating in one of ${agency.code}'s projects files a monitoring report on it."""
  ${m.fileMonitoringReport}(input: MonitoringReportInput!, idempotencyKey: String): MonitoringReport!
  """An officer, evaluator or admin of a participating agency comments on a monitoring report."""
  ${m.commentOnMonitoringReport}(id: ID!, text: String!): MonitoringReport!
  """An officer or admin of ${agency.code} adds an expert to ${agency.code}'s talent bank."""
  ${m.createExpert}(input: ExpertInput!, idempotencyKey: String): ${n.type('Expert')}!
  ${m.updateExpert}(id: ID!, version: Int!, patch: ExpertPatch!): ${n.type('Expert')}!
  """An officer or admin of ${agency.code} deploys one of its experts to any agency's project; overlapping deployments are refused."""
  ${m.deployExpert}(id: ID!, version: Int!, input: DeploymentInput!): ${n.type('Expert')}!
  """An officer, evaluator or admin of ${agency.code} notes a lesson learnt."""
  ${m.createLesson}(input: LessonInput!, idempotencyKey: String): ${n.type('Lesson')}!
  """An officer, evaluator or admin of ${agency.code} publishes a lesson: it joins the cross-agency feed."""
  ${m.publishLesson}(id: ID!): ${n.type('Lesson')}!
  """An admin of ${agency.code} registers a user of ${agency.code}, sets its roles, or deactivates it."""
  ${m.setUser}(user: ID!, roles: [Role!]!, active: Boolean!): ${n.type('User')}!
  """An admin of ${agency.code} publishes a new public signing key (a JWK with kid, no private part)."""
  ${m.addSigningKey}(jwk: String!): ${n.type('SigningKey')}!
  """An admin of ${agency.code} retires a signing key: tokens signed with it are refused from then on."""
  ${m.retireSigningKey}(kid: ID!): ${n.type('SigningKey')}!
}

type Query {
  """${agency.code}'s registered users (admins of ${agency.code} only)."""
  ${q.users}: [${n.type('User')}!]!
  """${agency.code}'s signing keys, current and retired (public keys: anyone may read them)."""
  ${q.signingKeys}: [${n.type('SigningKey')}!]!
  """${agency.code}'s audit log, newest first (admins of ${agency.code} only)."""
  ${q.auditLog}(recordId: ID, first: Int = 50, after: String): ${n.type('AuditPage')}!
  """One of ${agency.code}'s projects by id."""
  ${q.project}(id: ID!): ${n.type('Project')}
  """${agency.code}'s profile: its legal and institutional framework."""
  ${q.profile}: ${n.type('AgencyProfile')}!
${SEARCHES.map(
  ({ kind, filter, doc }) => `  """${agency.code}'s records only: ${doc}."""
  ${q.list(kind)}(filter: ${filter}, first: Int = 20, after: String): ${n.pageType(kind)}!`,
).join('\n')}
}
`;
}

/** The complete SDL of the network subgraph: reference data and cross-agency merges. */
export function networkSubgraphSdl(): string {
  const perAgency = AGENCIES.map((a) => {
    const n = agencyNames(a);
    const slices = SEARCHES.map(
      ({ kind }) => `type ${n.sliceType(kind)} {
  total: Int! @external
  items: [${n.type(kind)}!]! @external
}`,
    ).join('\n');
    return `type ${n.type('Project')} implements Project @key(fields: "id") {
  id: ID!
  startDate: Date @external
  relatedRefs: [RelatedRef!]! @external
  relatedProjects: [RelatedProject!]! @requires(fields: "relatedRefs { type id }")
  evaluations(first: Int = 20, after: String): EvaluationConnection!
  experts(first: Int = 20, after: String): ExpertConnection!
  lessons(first: Int = 20, after: String): LessonConnection!
}
type ${n.type('CooperationRequest')} implements CooperationRequest @key(fields: "id") {
  id: ID!
  submittedAt: DateTime! @external
}
type ${n.type('Expert')} implements Expert @key(fields: "id") {
  id: ID!
  name: String! @external
  deploymentRefs: [DeploymentRef!]! @external
  deployments: [Deployment!]! @requires(fields: "deploymentRefs { projectId role startDate endDate }")
}
type ${n.type('Lesson')} implements Lesson @key(fields: "id") {
  id: ID!
  publishedAt: DateTime @external
  projectId: ID @external
  evaluationId: ID @external
  project: Project @requires(fields: "projectId")
  evaluation: Evaluation @requires(fields: "evaluationId")
}
type ${n.type('AgencyProfile')} implements AgencyProfile @key(fields: "code") {
  code: String!
}
type ${n.type('Institution')} implements Institution @key(fields: "id") {
  id: ID!
  name: String! @external
  iatiIdentifier: String @external
  projects(filter: ProjectFilter, first: Int = 20, after: String): ProjectConnection! @requires(fields: "name iatiIdentifier")
}
type ${n.type('Evaluation')} implements Evaluation @key(fields: "id") {
  id: ID!
  date: Date! @external
  projectId: ID! @external
  project: Project @requires(fields: "projectId")
}
${slices}`;
  }).join('\n');
  const searches = SEARCHES.map(({ connection, kind, order: orderField }) => {
    const requires = AGENCIES.map((a) => `${agencyNames(a).sliceField} { total items { id ${orderField} } }`).join(' ');
    return `type ${connection} @key(fields: "key") {
  key: String!
${AGENCIES.map((a) => `  ${agencyNames(a).sliceField}: ${agencyNames(a).sliceType(kind)} @external`).join('\n')}
  """Number of matching records across all agencies that answered."""
  totalCount: Int! @requires(fields: "${requires}")
  nodes: [${kind}!]! @requires(fields: "${requires}")
  pageInfo: PageInfo! @requires(fields: "${requires}")
}`;
  }).join('\n');
  const statsTypes = STATS.map(({ kind, type }) => {
    const block = statsType(type);
    const requires = AGENCIES.map((a) => agencyNames(a).statsField(kind)).join(' ');
    const fields = block.fields.replace(/^( {2}\w+: [^\n]+)$/gm, `$1 @requires(fields: "${requires}")`);
    const description = block.text.slice(0, block.text.indexOf(`type ${type} {`));
    return `${description}type ${type} @key(fields: "key") {
  key: String! @inaccessible
${AGENCIES.map((a) => `  ${agencyNames(a).statsField(kind)}: StatsPart @external`).join('\n')}
${fields}
}`;
  }).join('\n');
  const statsValues = STATS_BLOCKS.filter((b) => !STATS.some((s) => s.type === b.name))
    .map((b) => b.text)
    .join('\n');
  return `${FEDERATION_LINK}
${SHARED_SDL}
${STATS_PART_SCALAR}
${statsValues}
${statsTypes}
"""An agency of the federation."""
type Agency @key(fields: "code") {
  code: String!
  name: String!
  acronym: String!
  country: Country!
  """IATI organisation identifier that prefixes the agency's activity identifiers."""
  iatiOrgId: String!
  """Its legal and institutional framework, as the agency keeps it."""
  profile: AgencyProfile!
}
"""A country or territory (ISO 3166-1 alpha-2)."""
type Country @key(fields: "code") {
  code: String!
  name: String!
  """UN M49 region, where known."""
  region: String
  """Projects of every agency with this country as recipient or participant (\`filter.countries\` is ignored)."""
  projects(filter: ProjectFilter, first: Int = 20, after: String): ProjectConnection!
}
"""A DAC 5-digit sector."""
type Sector @key(fields: "code") {
  code: String!
  name: String!
  """DAC 3-digit category."""
  category: String
}
"""A UN Sustainable Development Goal."""
type SdgGoal @key(fields: "goal") {
  goal: Int!
  name: String!
}

interface Project {
  id: ID!
  """Records of the same cooperation held by other agencies, or its parent and child activities."""
  relatedProjects: [RelatedProject!]!
  """Evaluations of this project held by any agency (joint monitoring and evaluation), latest first."""
  evaluations(first: Int = 20, after: String): EvaluationConnection!
  """Experts of any agency deployed to this project, by name."""
  experts(first: Int = 20, after: String): ExpertConnection!
  """Lessons learnt in this project, noted by any agency, newest first."""
  lessons(first: Int = 20, after: String): LessonConnection!
}
interface CooperationRequest {
  id: ID!
}
interface Expert {
  id: ID!
  """Deployments to any agency's projects, earliest first."""
  deployments: [Deployment!]!
}
interface Lesson {
  id: ID!
  """The project it was learnt in, whichever agency owns it."""
  project: Project
  """The evaluation it comes from, whichever agency holds it."""
  evaluation: Evaluation
}
interface AgencyProfile {
  code: String!
}
type Deployment {
  role: String!
  startDate: Date!
  endDate: Date!
  """The project, whichever agency owns it (null when that agency does not know the id)."""
  project: Project
}
interface Institution {
  id: ID!
  """Projects of any agency in which an institution of this name or IATI identifier participates."""
  projects(filter: ProjectFilter, first: Int = 20, after: String): ProjectConnection!
}
interface Evaluation {
  id: ID!
  """The evaluated project, whichever agency owns it (null when that agency does not know the id)."""
  project: Project
}
type RelatedProject {
  type: RelatedActivityType!
  """Null (with an error naming the agency) while the agency that holds it does not answer."""
  project: Project
}
${perAgency}
${searches}

type Query {
  agencies: [Agency!]!
  agency(code: String!): Agency
  countries: [Country!]!
  country(code: String!): Country
  sectors: [Sector!]!
  sdgGoals: [SdgGoal!]!
  """Any agency's project by id; the id's prefix names the owner."""
  project(id: ID!): Project
  institution(id: ID!): Institution
  evaluation(id: ID!): Evaluation
  cooperationRequest(id: ID!): CooperationRequest
  expert(id: ID!): Expert
  lesson(id: ID!): Lesson
${SEARCHES.map(
  ({ connection, filter, query, doc }) => `  """Every agency's: ${doc}."""
  ${query}(filter: ${filter}, first: Int = 20, after: String): ${connection}!`,
).join('\n')}
${STATS.map(
  ({
    type,
    filter,
    query,
    list,
  }) => `  """Aggregates of every agency's records that \`${list}(filter)\` lists, as the caller may see them."""
  ${query}(filter: ${filter}): ${type}!`,
).join('\n')}
}
`;
}
