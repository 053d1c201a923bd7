/**
 * What a publisher chooses for its open data: where its pages live, its 360Giving prefix, and whether to use the local
 * organisation scheme.
 */
import type { Config } from '../config.js';

export interface OpenDataSettings {
  /** The site the ledger's pages are published at, e.g. https://ledger.example.gov.uk (no trailing slash). */
  readonly publicUrl: string;
  /** The board's 360Giving prefix, e.g. 360G-leadershipglos-. */
  readonly grantIdPrefix: string;
  /** Give organisations and bodies with no org-id identifier one in the local scheme instead of refusing. */
  readonly localOrgIds: boolean;
}

export function openDataSettings(
  config: Pick<Config, 'publicUrl' | 'grantIdPrefix'>,
  localOrgIds = false,
): OpenDataSettings {
  return { publicUrl: config.publicUrl.replace(/\/+$/, ''), grantIdPrefix: config.grantIdPrefix, localOrgIds };
}

/** The ledger's human pages (the web pages issue), linked from every format. */
export const pages = {
  decision: (settings: OpenDataSettings, proposalId: string, resolution: string) =>
    `${settings.publicUrl}/decisions/${encodeURIComponent(proposalId)}/${encodeURIComponent(resolution)}`,
  meeting: (settings: OpenDataSettings, meetingId: string) =>
    `${settings.publicUrl}/meetings/${encodeURIComponent(meetingId)}`,
  body: (settings: OpenDataSettings, bodyId: string) => `${settings.publicUrl}/bodies/${encodeURIComponent(bodyId)}`,
  action: (settings: OpenDataSettings, actionId: string) =>
    `${settings.publicUrl}/actions/${encodeURIComponent(actionId)}`,
  organisation: (settings: OpenDataSettings, organisationId: string) =>
    `${settings.publicUrl}/organisations/${encodeURIComponent(organisationId)}`,
};
