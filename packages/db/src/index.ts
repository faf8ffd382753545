export * from './admin.ts';
export * from './database.ts';
export * from './migrate.ts';
export * from './work.ts';
