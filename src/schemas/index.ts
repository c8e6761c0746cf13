export * from './common.ts';
export * from './vocabulary.ts';
export * from './tags.ts';
export * from './model.ts';
export * from './organization.ts';
export * from './source.ts';
export * from './export.ts';
export * from './english.ts';
