import type { Feature } from '../shared/feature.js';

export const meetings: Feature = { name: 'meetings', deciders: [], commands: {}, events: {} };
