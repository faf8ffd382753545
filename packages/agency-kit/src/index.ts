export * from './agency.ts';
export * from './cli.ts';
export * from './env.ts';
export * from './extension.ts';
export * from './mapping.ts';
export * from './repository.ts';
export * from './resolvers.ts';
export { describeCounts, type SeedCounts } from './seed/write.ts';
export * from './tables.ts';
