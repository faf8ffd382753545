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
import { AGENCIES, type AgencyEntry, sliceField, typeName } from './registry.ts';

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

const enumSdl = (name: string, values: readonly string[], doc: string): string =>
  `"""${doc}"""\nenum ${name} {\n${values.map((v) => `  ${v}`).join('\n')}\n}`;

/** Scalars, enums, inputs and value types that every subgraph declares identically. */
export const SHARED_SDL = `
"""A calendar date, ISO 8601 (YYYY-MM-DD)."""
scalar Date
"""An instant, ISO 8601 with time zone."""
scalar DateTime

${enumSdl('ActivityStatus', Object.keys(ACTIVITY_STATUS), 'IATI activity status (codes 1-6).')}
${enumSdl('RelatedActivityType', Object.keys(RELATED_ACTIVITY_TYPE), 'IATI related-activity type (codes 1-5).')}
${enumSdl('OrganisationRole', Object.keys(ORGANISATION_ROLE), 'IATI organisation role (codes 1-4).')}
${enumSdl('Modality', MODALITIES, 'How a cooperation is arranged: bilateral South-South, triangular, or regional.')}
${enumSdl('ParticipantRole', PARTICIPANT_ROLES, 'SSC role: PROVIDER is the (first) provider, FACILITATOR the second provider or pivotal partner, RECIPIENT the beneficiary partner.')}
${enumSdl('EvaluationType', EVALUATION_TYPES, 'When, and by whom, an evaluation was made.')}
${enumSdl('DacCriterion', DAC_CRITERIA, 'The six OECD DAC evaluation criteria.')}
${enumSdl('OverallRating', OVERALL_RATINGS, 'Overall rating, A (highly satisfactory) to D (unsatisfactory).')}

"""Filters of project lists: OR within a field, AND across fields."""
input ProjectFilter {
  """Agency codes, e.g. ["ABC", "JICA"]."""
  agencies: [String!]
  """ISO 3166-1 alpha-2 codes; a project matches by a recipient country or a participant's country."""
  countries: [String!]
  """DAC 5-digit sector codes."""
  sectors: [String!]
  """SDG goal numbers 1-17."""
  sdgs: [Int!]
  statuses: [ActivityStatus!]
  modalities: [Modality!]
  """Words that must all appear in the title or description."""
  text: String
  """Only projects starting on or after this date."""
  startsFrom: Date
  """Only projects starting on or before this date."""
  startsTo: Date
  """Participating institutions, by name or IATI organisation identifier (case and accents ignored)."""
  participants: [String!]
}

input EvaluationFilter {
  """Agencies that hold the evaluation."""
  agencies: [String!]
  """Agencies named as evaluators."""
  evaluators: [String!]
  types: [EvaluationType!]
  overallRatings: [OverallRating!]
  projectIds: [ID!]
  from: Date
  to: Date
}

input InstitutionFilter {
  agencies: [String!]
  countries: [String!]
  """IATI organisation type codes, e.g. "10" for government."""
  organisationTypes: [String!]
  text: String
}

type PageInfo @shareable {
  hasNextPage: Boolean!
  """Opaque cursor of the last node; pass it as \`after\` for the next page."""
  endCursor: String
}

"""A code from an IATI code list, with its English name."""
type IatiCode @shareable {
  code: String!
  name: String!
}

type Money @shareable {
  amount: Float!
  """ISO 4217 currency code."""
  currency: String!
}

type CriterionRating @shareable {
  criterion: DacCriterion!
  """1 (low) to 3 (high), as in JICA's ex-post evaluation."""
  score: Int!
  narrative: String
}

input ParticipantInput {
  role: ParticipantRole!
  organisationRole: OrganisationRole!
  name: String!
  """ISO 3166-1 alpha-2."""
  country: String
  """An institution in the owning agency's registry."""
  institutionId: ID
  """An agency of the federation, by code."""
  agency: String
}

input RelatedProjectInput {
  type: RelatedActivityType!
  """Any agency's project id."""
  id: ID!
}

input MoneyInput {
  amount: Float!
  """ISO 4217."""
  currency: String!
}

input InstitutionInput {
  name: String!
  acronym: String
  country: String
  """IATI organisation type code."""
  organisationType: String!
  iatiIdentifier: String
}

input InstitutionPatch {
  name: String
  acronym: String
  country: String
  organisationType: String
  iatiIdentifier: String
}

input RatingInput {
  criterion: DacCriterion!
  score: Int!
  narrative: String
}

input EvaluationInput {
  """The evaluated project, any agency's."""
  projectId: ID!
  type: EvaluationType!
  date: Date!
  """Evaluating agencies by code; the holding agency must be one of them."""
  evaluators: [String!]!
  ratings: [RatingInput!]!
  overallRating: OverallRating
  findings: String
  lessons: String
  recommendations: String
  reportUrl: String
}

"""A user's role at their agency."""
enum Role {
  VIEWER
  OFFICER
  EVALUATOR
  ADMIN
}

enum EvaluationStatus {
  """Visible only to its evaluating agencies until each has signed it off."""
  DRAFT
  FINAL
}

type SignOff @shareable {
  agency: Agency!
  user: String!
  at: DateTime!
}

type Confirmation @shareable {
  agency: Agency!
  user: String!
  at: DateTime!
  comment: String
}

"""A reference to a related project, possibly another agency's, by id (resolved by the network subgraph)."""
type RelatedRef @shareable {
  type: RelatedActivityType!
  id: ID!
}
`;

/** The fields of `Project` that the owning agency resolves (shared by all agency subgraphs). */
const PROJECT_FIELDS = `
  id: ID!
  """IATI activity identifier: the agency's IATI organisation id, a hyphen, a local id."""
  iatiIdentifier: String!
  title: String!
  description: String
  status: ActivityStatus!
  modality: Modality!
  """IATI collaboration type (1 bilateral, 8 bilateral triangular co-operation, ...)."""
  collaborationType: IatiCode
  """The agency that owns this record."""
  agency: Agency!
  """Actual start date, or the planned one while the project has not started."""
  startDate: Date
  """Actual end date, or the planned one."""
  endDate: Date
  plannedStartDate: Date
  plannedEndDate: Date
  actualStartDate: Date
  actualEndDate: Date
  recipientCountries: [Country!]!
  sectors: [Sector!]!
  sdgs: [SdgGoal!]!
  budget: Money
  participants: [Participant!]!
  createdAt: DateTime!
  updatedAt: DateTime!
  """Incremented by every change; updates must name the version they read."""
  version: Int!
  """Recipient-side confirmations of participation."""
  confirmations: [Confirmation!]!`;

const INSTITUTION_FIELDS = `
  id: ID!
  name: String!
  acronym: String
  country: Country
  organisationType: IatiCode!
  """IATI organisation identifier, where the institution has one."""
  iatiIdentifier: String
  """The agency whose registry holds this record."""
  agency: Agency!
  """Incremented by every change; updates must name the version they read."""
  version: Int!`;

const EVALUATION_FIELDS = `
  id: ID!
  type: EvaluationType!
  date: Date!
  """The agency that holds this record."""
  agency: Agency!
  """The agencies that evaluated (one or more: joint evaluations name several)."""
  evaluators: [Agency!]!
  ratings: [CriterionRating!]!
  overallRating: OverallRating
  findings: String
  lessons: String
  recommendations: String
  reportUrl: String
  status: EvaluationStatus!
  signOffs: [SignOff!]!`;

const PROJECT_INPUT_FIELDS = (create: boolean) => {
  const req = (t: string) => (create ? `${t}!` : t);
  return `  title: ${req('String')}
  description: String
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
  relatedProjects: [RelatedProjectInput!]`;
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

const names = (a: AgencyEntry) => ({
  project: typeName(a, 'Project'),
  institution: typeName(a, 'Institution'),
  evaluation: typeName(a, 'Evaluation'),
  slice: (kind: string) => `${a.typePrefix}${kind}Slice`,
  list: (kind: string) => `${a.subgraph}${kind}s`,
});

/** The cross-agency lists: search entity, the record kind it lists. */
export const SEARCHES = [
  { connection: 'ProjectConnection', kind: 'Project' },
  { connection: 'InstitutionConnection', kind: 'Institution' },
  { connection: 'EvaluationConnection', kind: 'Evaluation' },
] as const;

/** The complete SDL of one agency's subgraph. */
export function agencySubgraphSdl(agency: AgencyEntry, ext: AgencySdlExtension = {}): string {
  const n = names(agency);
  const slices = SEARCHES.map(
    ({ connection, kind }) => `
"""${agency.code}'s share of a cross-agency list; merged by the network subgraph."""
type ${connection} @key(fields: "key") {
  key: String!
  ${sliceField(agency)}: ${n.slice(kind)} @inaccessible
}
type ${n.slice(kind)} @inaccessible {
  total: Int!
  items: [${agency.typePrefix}${kind}!]!
}
type ${agency.typePrefix}${kind}Page {
  totalCount: Int!
  nodes: [${agency.typePrefix}${kind}!]!
  pageInfo: PageInfo!
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
  name: String!
  country: Country
  """Set when the participant is an agency of the federation."""
  agency: Agency
  """Set when the participant is an institution in the owning agency's registry."""
  institution: Institution
}

interface Project {${PROJECT_FIELDS}
}
interface Institution {${INSTITUTION_FIELDS}
}
interface Evaluation {${EVALUATION_FIELDS}
}

"""A project recorded by ${agency.name}."""
type ${n.project} implements Project @key(fields: "id") {${PROJECT_FIELDS}
  relatedRefs: [RelatedRef!]! @inaccessible${ext.projectFields ? `\n  ${ext.projectFields.trim()}` : ''}
}

"""An institution in the registry of ${agency.name}."""
type ${n.institution} implements Institution @key(fields: "id") {${INSTITUTION_FIELDS}
}

"""An evaluation held by ${agency.name}, of its own project or of a partner agency's."""
type ${n.evaluation} implements Evaluation @key(fields: "id") {${EVALUATION_FIELDS}
  projectId: ID! @inaccessible
}
${slices}
${ext.typeDefs ?? ''}
input ${agency.typePrefix}ProjectInput {
${PROJECT_INPUT_FIELDS(true)}${ext.projectInputFields ? `\n  ${ext.projectInputFields.trim()}` : ''}
}

input ${agency.typePrefix}ProjectPatch {
${PROJECT_INPUT_FIELDS(false)}${ext.projectInputFields ? `\n  ${ext.projectInputFields.trim()}` : ''}
}

"""An accepted change, as written to ${agency.code}'s audit log."""
type ${agency.typePrefix}AuditEntry {
  id: ID!
  at: DateTime!
  user: String
  agency: String
  requestId: String
  action: String!
  recordId: ID!
  before: String
  after: String
}

"""A user in ${agency.code}'s registry: its roles replace a token's, and a deactivated user may not write."""
type ${agency.typePrefix}User {
  user: ID!
  roles: [Role!]!
  active: Boolean!
  updatedAt: DateTime!
}

"""A public key that ${agency.code} signs tokens with (served as its JWKS at /.well-known/jwks.json)."""
type ${agency.typePrefix}SigningKey {
  kid: ID!
  """The public JWK, as JSON."""
  jwk: String!
  addedAt: DateTime!
  retiredAt: DateTime
}

type ${agency.typePrefix}AuditPage {
  nodes: [${agency.typePrefix}AuditEntry!]!
  pageInfo: PageInfo!
}

"""Writes to ${agency.code}'s records. Every mutation needs a bearer token; see the README's Security section."""
type Mutation {
  """An officer or admin of ${agency.code} registers an institution. Retrying with the same idempotencyKey returns the first result."""
  create${n.institution}(input: InstitutionInput!, idempotencyKey: String): ${n.institution}!
  """\`version\` is the version read; a stale one is refused with CONFLICT."""
  update${n.institution}(id: ID!, version: Int!, patch: InstitutionPatch!): ${n.institution}!
  create${n.project}(input: ${agency.typePrefix}ProjectInput!, idempotencyKey: String): ${n.project}!
  update${n.project}(id: ID!, version: Int!, patch: ${agency.typePrefix}ProjectPatch!): ${n.project}!
  """An officer or admin of a recipient agency of the project confirms its participation."""
  confirm${n.project}Participation(id: ID!, comment: String): ${n.project}!
  """An evaluator or admin of ${agency.code} opens an evaluation (a DRAFT) naming ${agency.code} among its evaluators."""
  create${n.evaluation}(input: EvaluationInput!, idempotencyKey: String): ${n.evaluation}!
  """An evaluator or admin of one of the named evaluating agencies signs the evaluation off; it is FINAL once all have."""
  signOff${n.evaluation}(id: ID!): ${n.evaluation}!
  """An admin of ${agency.code} registers a user of ${agency.code}, sets its roles, or deactivates it."""
  set${agency.typePrefix}User(user: ID!, roles: [Role!]!, active: Boolean!): ${agency.typePrefix}User!
  """An admin of ${agency.code} publishes a new public signing key (a JWK with kid, no private part)."""
  add${agency.typePrefix}SigningKey(jwk: String!): ${agency.typePrefix}SigningKey!
  """An admin of ${agency.code} retires a signing key: tokens signed with it are refused from then on."""
  retire${agency.typePrefix}SigningKey(kid: ID!): ${agency.typePrefix}SigningKey!
}

type Query {
  """${agency.code}'s registered users (admins of ${agency.code} only)."""
  ${agency.subgraph}Users: [${agency.typePrefix}User!]!
  """${agency.code}'s signing keys, current and retired (public keys: anyone may read them)."""
  ${agency.subgraph}SigningKeys: [${agency.typePrefix}SigningKey!]!
  """${agency.code}'s audit log, newest first (admins of ${agency.code} only)."""
  ${agency.subgraph}AuditLog(recordId: ID, first: Int = 50, after: String): ${agency.typePrefix}AuditPage!
  """One of ${agency.code}'s projects by id."""
  ${agency.subgraph}Project(id: ID!): ${n.project}
  """${agency.code}'s own projects, ordered by start date (latest first), then id."""
  ${n.list('Project')}(filter: ProjectFilter, first: Int = 20, after: String): ${agency.typePrefix}ProjectPage!
  """${agency.code}'s institutions, ordered by name, then id."""
  ${n.list('Institution')}(filter: InstitutionFilter, first: Int = 20, after: String): ${agency.typePrefix}InstitutionPage!
  """Evaluations held by ${agency.code}, latest first, then id."""
  ${n.list('Evaluation')}(filter: EvaluationFilter, first: Int = 20, after: String): ${agency.typePrefix}EvaluationPage!
}
`;
}

/** The complete SDL of the network subgraph: reference data and cross-agency merges. */
export function networkSubgraphSdl(): string {
  const perAgency = AGENCIES.map((a) => {
    const n = names(a);
    const slices = SEARCHES.map(
      ({ kind }) => `type ${n.slice(kind)} {
  total: Int! @external
  items: [${a.typePrefix}${kind}!]! @external
}`,
    ).join('\n');
    return `type ${n.project} implements Project @key(fields: "id") {
  id: ID!
  startDate: Date @external
  relatedRefs: [RelatedRef!]! @external
  relatedProjects: [RelatedProject!]! @requires(fields: "relatedRefs { type id }")
  evaluations(first: Int = 20, after: String): EvaluationConnection!
}
type ${n.institution} implements Institution @key(fields: "id") {
  id: ID!
  name: String! @external
  iatiIdentifier: String @external
  projects(filter: ProjectFilter, first: Int = 20, after: String): ProjectConnection! @requires(fields: "name iatiIdentifier")
}
type ${n.evaluation} implements Evaluation @key(fields: "id") {
  id: ID!
  date: Date! @external
  projectId: ID! @external
  project: Project @requires(fields: "projectId")
}
${slices}`;
  }).join('\n');
  const searches = SEARCHES.map(({ connection, kind }) => {
    const orderField = kind === 'Project' ? 'startDate' : kind === 'Institution' ? 'name' : 'date';
    const requires = AGENCIES.map((a) => `${sliceField(a)} { total items { id ${orderField} } }`).join(' ');
    return `type ${connection} @key(fields: "key") {
  key: String!
${AGENCIES.map((a) => `  ${sliceField(a)}: ${a.typePrefix}${kind}Slice @external`).join('\n')}
  """Number of matching records across all agencies that answered."""
  totalCount: Int! @requires(fields: "${requires}")
  nodes: [${kind}!]! @requires(fields: "${requires}")
  pageInfo: PageInfo! @requires(fields: "${requires}")
}`;
  }).join('\n');
  return `${FEDERATION_LINK}
${SHARED_SDL}
"""An agency of the federation."""
type Agency @key(fields: "code") {
  code: String!
  name: String!
  acronym: String!
  country: Country!
  """IATI organisation identifier that prefixes the agency's activity identifiers."""
  iatiOrgId: String!
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
  """Projects of every agency, ordered by start date (latest first, undated last), then id."""
  projects(filter: ProjectFilter, first: Int = 20, after: String): ProjectConnection!
  """Institutions of every agency, ordered by name, then id."""
  institutions(filter: InstitutionFilter, first: Int = 20, after: String): InstitutionConnection!
  """Evaluations held by every agency, latest first, then id."""
  evaluations(filter: EvaluationFilter, first: Int = 20, after: String): EvaluationConnection!
}
`;
}
