import type { Feature } from '../shared/feature.js';

export const actions: Feature = { name: 'actions', deciders: [], commands: {}, events: {} };
