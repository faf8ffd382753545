export * from './codelists.ts';
export * from './cycle.ts';
export * from './filters.ts';
export * from './paging.ts';
export * from './rating.ts';
export * from './registry.ts';
export * from './sdl.ts';
