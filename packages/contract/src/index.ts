export * from './codelists.ts';
export * from './cycle.ts';
export * from './exchange-rates.ts';
export * from './filters.ts';
/** The shared schema's input types, as graphql-codegen types them (the filters come through filters.ts and cycle.ts). */
export type {
  ConversionInput,
  DeploymentInput,
  ExpertInput,
  InstitutionInput,
  LessonInput,
  MonitoringReportInput,
  ResultInput,
} from './graphql.generated.ts';
export * from './paging.ts';
export * from './rating.ts';
export * from './registry.ts';
export * from './sdl.ts';
export * from './stats.ts';
