export * from './federation.ts';
