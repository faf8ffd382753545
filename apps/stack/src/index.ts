export * from './agencies.ts';
export * from './artifacts.ts';
export * from './dashboard.ts';
export * from './doctor.ts';
export * from './federation.ts';
export * from './services.ts';
