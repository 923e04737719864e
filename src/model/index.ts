export * from './codes';
export * from './layers';
export * from './types';
export * from './standards';
export * from './aliases';
