/**
 * The agency registry: the one list from which every per-agency definition is generated
 * (GraphQL type names, id prefixes, slice fields of cross-agency lists, default ports,
 * database names, environment variables, the stack, composition and tests). A new agency is a
 * new entry here, plus a folder `subgraphs/<subgraph>` only when it has fields of its own. Append
 * new entries at the end: the seed generator relies on the order (see its `partnerOf`).
 */
export interface AgencyEntry {
  /** Public code used in the graph (`Agency.code`, filters). */
  readonly code: string;
  readonly name: string;
  readonly acronym: string;
  /** ISO 3166-1 alpha-2 code of the agency's country (or the UN's "XM"-style seat). */
  readonly country: string;
  /** Prefix of every id the agency issues: `ABC-P-000001` is a project of ABC. */
  readonly idPrefix: string;
  /** Prefix of the agency's concrete GraphQL types: `AbcProject`, `AbcEvaluation`, ... */
  readonly typePrefix: string;
  /** Subgraph name in the supergraph, and the folder in `subgraphs/`. */
  readonly subgraph: string;
  /** Port the agency's subgraph listens on unless `PORT` says otherwise. */
  readonly defaultPort: number;
  /** IATI organisation identifier used as the prefix of the agency's IATI activity identifiers. */
  readonly iatiOrgId: string;
  /** IATI organisation type code (10 government, 40 multilateral). */
  readonly iatiOrgType: string;
}

/** The federation's own agencies: the registry unless `SSC_REGISTRY` names another (see `AGENCIES`). */
export const DEFAULT_AGENCIES = [
  {
    code: 'ABC',
    name: 'Brazilian Cooperation Agency',
    acronym: 'ABC',
    country: 'BR',
    idPrefix: 'ABC',
    typePrefix: 'Abc',
    subgraph: 'abc',
    defaultPort: 4101,
    iatiOrgId: 'BR-MRE-ABC',
    iatiOrgType: '10',
  },
  {
    code: 'JICA',
    name: 'Japan International Cooperation Agency',
    acronym: 'JICA',
    country: 'JP',
    idPrefix: 'JICA',
    typePrefix: 'Jica',
    subgraph: 'jica',
    defaultPort: 4102,
    iatiOrgId: 'XM-DAC-701-8',
    iatiOrgType: '10',
  },
  {
    code: 'UNOSSC',
    name: 'United Nations Office for South-South Cooperation',
    acronym: 'UNOSSC',
    country: 'US',
    idPrefix: 'UNOSSC',
    typePrefix: 'Unossc',
    subgraph: 'unossc',
    defaultPort: 4103,
    iatiOrgId: 'XM-DAC-41114-UNOSSC',
    iatiOrgType: '40',
  },
  {
    code: 'INDONESIA',
    name: 'Indonesia: Bureau for Technical Cooperation, Ministry of State Secretariat',
    acronym: 'BTC-Setneg',
    country: 'ID',
    idPrefix: 'IDN',
    typePrefix: 'Indonesia',
    subgraph: 'indonesia',
    defaultPort: 4104,
    iatiOrgId: 'ID-SETNEG-BTC',
    iatiOrgType: '10',
  },
  {
    // no folder in subgraphs/: an agency with no field of its own is only this entry
    code: 'AMEXCID',
    name: 'Agencia Mexicana de Cooperación Internacional para el Desarrollo',
    acronym: 'AMEXCID',
    country: 'MX',
    idPrefix: 'AMX',
    typePrefix: 'Amexcid',
    subgraph: 'amexcid',
    defaultPort: 4105,
    iatiOrgId: 'MX-SRE-AMEXCID',
    iatiOrgType: '10',
  },
] as const satisfies readonly AgencyEntry[];

/** A registry: at least two agencies (a federation of one has nothing to federate), in order. */
export type Registry = readonly [AgencyEntry, AgencyEntry, ...AgencyEntry[]];

/** Countries of generated agencies, one each (all distinct, none of the real agencies'). */
const SIMULATION_COUNTRIES = [
  'AR',
  'BO',
  'CL',
  'CO',
  'CR',
  'CU',
  'DO',
  'EC',
  'EG',
  'GH',
  'GT',
  'IN',
  'KE',
  'KR',
  'MA',
  'MY',
  'NG',
  'PE',
  'PH',
  'PK',
  'PY',
  'RW',
  'SA',
  'SG',
  'SN',
  'TH',
  'TN',
  'TR',
  'UY',
  'VN',
  'ZA',
  'AE',
  'BD',
  'CN',
  'ET',
  'QA',
  'LK',
  'JM',
  'PA',
  'SV',
] as const;

/** The most agencies a simulation registry generates. */
export const MAX_SIMULATED_AGENCIES = SIMULATION_COUNTRIES.length;

/**
 * A registry of `n` generated agencies (`SIM01` ... `SIM40`), each only a registry entry (no
 * package of its own, as AMEXCID): distinct codes, letter-only id prefixes (`SIMAA`, `SIMAB`,
 * ..., as `parseId` wants), type prefixes, subgraph names, ports from 4201, IATI organisation
 * identifiers and countries. The first k entries of any size are the same, so a smaller
 * simulation is a prefix of a larger one (and the seed of each of its agencies is the same).
 */
export function simulationRegistry(n: number): Registry {
  if (!Number.isInteger(n) || n < 2 || n > MAX_SIMULATED_AGENCIES) {
    throw new Error(`a simulation registry has 2 to ${MAX_SIMULATED_AGENCIES} agencies, not ${n}`);
  }
  const letter = (i: number) => String.fromCharCode(65 + i);
  const entries = SIMULATION_COUNTRIES.slice(0, n).map((country, i): AgencyEntry => {
    const nn = String(i + 1).padStart(2, '0');
    return {
      code: `SIM${nn}`,
      name: `Simulated cooperation agency ${nn}`,
      acronym: `SIM${nn}`,
      country,
      idPrefix: `SIM${letter(Math.floor(i / 26))}${letter(i % 26)}`,
      typePrefix: `Sim${nn}`,
      subgraph: `sim${nn}`,
      defaultPort: 4201 + i,
      iatiOrgId: `${country}-SIM-${nn}`,
      iatiOrgType: '10',
    };
  });
  const [first, second, ...rest] = entries;
  if (!first || !second) throw new Error('unreachable: n >= 2');
  return [first, second, ...rest];
}

/**
 * The registry named by `SSC_REGISTRY`: unset or `default`, the federation's own agencies;
 * `simulation-N`, N generated agencies (`simulationRegistry`), for benchmarks and tests of scale.
 */
export function registryNamed(name: string | undefined): Registry {
  if (name === undefined || name === '' || name === 'default') return DEFAULT_AGENCIES;
  const m = /^simulation-([0-9]+)$/.exec(name);
  if (!m) throw new Error(`SSC_REGISTRY="${name}": use "default" or "simulation-N" (N generated agencies, 2 to ${MAX_SIMULATED_AGENCIES})`);
  return simulationRegistry(Number(m[1]));
}

/** The name of the registry this process runs with (`SSC_REGISTRY`, read here once). */
export const REGISTRY_NAME: string = globalThis.process?.env?.SSC_REGISTRY || 'default';

/**
 * The agency registry of this process: the default one (`DEFAULT_AGENCIES`) unless the
 * environment variable `SSC_REGISTRY` names another when this module is first loaded. Every
 * per-agency definition is generated from it, so a whole federation (composition, stack,
 * gateway) follows the one variable.
 */
export const AGENCIES: Registry = registryNamed(REGISTRY_NAME);

/** True when this process runs with the default registry (whose supergraph is committed). */
export const isDefaultRegistry = (): boolean => AGENCIES === DEFAULT_AGENCIES;

export const NETWORK = { subgraph: 'network', defaultPort: 4100 } as const;
export const GATEWAY = { defaultPort: 4000 } as const;

export function agencyByCode(code: string): AgencyEntry | undefined {
  return AGENCIES.find((a) => a.code === code);
}

/** Kinds of record, and the letter that names them in an id. */
export const RECORD_KINDS = {
  Project: 'P',
  Institution: 'I',
  Evaluation: 'E',
  CooperationRequest: 'R',
  MonitoringReport: 'M',
  Expert: 'X',
  Lesson: 'L',
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** `ABC-P-000042` for the 42nd project of ABC. */
export function makeId(agency: AgencyEntry, kind: RecordKind, n: number): string {
  return `${agency.idPrefix}-${RECORD_KINDS[kind]}-${String(n).padStart(6, '0')}`;
}

/** The longest id the federation accepts: an agency prefix, a kind letter and the number. */
export const MAX_ID_LENGTH = 40;

/**
 * Which agency and kind of record an id names, or undefined for an id no agency issued: the id
 * must have the federation's shape (a registry agency's id prefix, the kind's letter, digits),
 * at most MAX_ID_LENGTH characters.
 */
export function parseId(id: unknown): { agency: AgencyEntry; kind: RecordKind } | undefined {
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return undefined;
  const m = /^([A-Z]+)-([A-Z])-[0-9]+$/.exec(id);
  if (!m) return undefined;
  const agency = AGENCIES.find((a) => a.idPrefix === m[1]);
  const kind = (Object.keys(RECORD_KINDS) as RecordKind[]).find((k) => RECORD_KINDS[k] === m[2]);
  return agency && kind ? { agency, kind } : undefined;
}

/** True when `id` has the shape of an id of `kind` issued by an agency of the registry. */
export const isRecordId = (id: unknown, kind: RecordKind): boolean => parseId(id)?.kind === kind;

/**
 * What an id of `kind` looks like, for refusals: `"JICA-P-000123": an agency's id prefix (ABC,
 * JICA, UNOSSC or IDN), "-P-" and digits; at most 40 characters`.
 */
export function idShape(kind: RecordKind): string {
  const prefixes = AGENCIES.map((a) => a.idPrefix);
  const example = makeId(AGENCIES[1] ?? AGENCIES[0], kind, 123);
  return `"${example}": an agency's id prefix (${prefixes.slice(0, -1).join(', ')} or ${prefixes.at(-1)}), "-${RECORD_KINDS[kind]}-" and digits; at most ${MAX_ID_LENGTH} characters`;
}

/** The concrete GraphQL type of a record kind at an agency: `typeName(ABC, 'Project') = 'AbcProject'`. */
export function typeName(agency: AgencyEntry, kind: RecordKind): string {
  return agencyNames(agency).type(kind);
}

/** The field through which an agency contributes its slice of a cross-agency list. */
export function sliceField(agency: AgencyEntry): string {
  return agencyNames(agency).sliceField;
}

/** The agency's own (non record) types: users, signing keys, audit log, project input. */
export type AgencyTypeKind =
  | RecordKind
  | 'AgencyProfile'
  | 'User'
  | 'SigningKey'
  | 'AuditEntry'
  | 'AuditPage'
  | 'ProjectInput'
  | 'ProjectPatch';

/**
 * Every per-agency name of the graph, in one place: the SDL generator (`agencySubgraphSdl`,
 * `networkSubgraphSdl`) writes these names, and the resolver maps use the same ones as keys
 * (`agency-names.test.ts` checks that the two agree).
 */
export function agencyNames(a: AgencyEntry) {
  const t = (kind: string) => `${a.typePrefix}${kind}`;
  const record = (kind: RecordKind) => t(kind);
  return {
    /** `AbcProject`, `AbcUser`, `AbcProjectInput`, ... */
    type: (kind: AgencyTypeKind): string => t(kind),
    /** The field of a cross-agency connection holding the agency's slice: `abcSlice`. */
    sliceField: `${a.subgraph}Slice`,
    /** The type of the agency's slice of a cross-agency list: `AbcProjectSlice`. */
    sliceType: (kind: RecordKind): string => t(`${kind}Slice`),
    /** The field of a statistics entity (`ProjectStats`) holding the agency's share of it: `abcProjectStats`. */
    statsField: (kind: RecordKind): string => `${a.subgraph}${kind}Stats`,
    /** The page type of the agency's own list: `AbcProjectPage`. */
    pageType: (kind: RecordKind): string => t(`${kind}Page`),
    query: {
      users: `${a.subgraph}Users`,
      signingKeys: `${a.subgraph}SigningKeys`,
      auditLog: `${a.subgraph}AuditLog`,
      project: `${a.subgraph}Project`,
      profile: `${a.subgraph}Profile`,
      /** The agency's own list of a kind: `abcProjects`. */
      list: (kind: RecordKind): string => `${a.subgraph}${kind}s`,
    },
    mutation: {
      createInstitution: `create${record('Institution')}`,
      updateInstitution: `update${record('Institution')}`,
      createProject: `create${record('Project')}`,
      updateProject: `update${record('Project')}`,
      confirmProjectParticipation: `confirm${record('Project')}Participation`,
      createEvaluation: `create${record('Evaluation')}`,
      updateEvaluation: `update${record('Evaluation')}`,
      signOffEvaluation: `signOff${record('Evaluation')}`,
      setAgencyProfile: `set${t('AgencyProfile')}`,
      submitCooperationRequest: `submit${record('CooperationRequest')}`,
      moveCooperationRequest: `move${record('CooperationRequest')}`,
      withdrawCooperationRequest: `withdraw${record('CooperationRequest')}`,
      convertCooperationRequest: `convert${record('CooperationRequest')}`,
      fileMonitoringReport: `file${record('MonitoringReport')}`,
      commentOnMonitoringReport: `commentOn${record('MonitoringReport')}`,
      createExpert: `create${record('Expert')}`,
      updateExpert: `update${record('Expert')}`,
      deployExpert: `deploy${record('Expert')}`,
      createLesson: `create${record('Lesson')}`,
      publishLesson: `publish${record('Lesson')}`,
      setUser: `set${t('User')}`,
      addSigningKey: `add${t('SigningKey')}`,
      retireSigningKey: `retire${t('SigningKey')}`,
    },
  } as const;
}
export type AgencyNames = ReturnType<typeof agencyNames>;
