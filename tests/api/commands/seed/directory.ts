/** Ids from fixtures/01-directory.yaml that the command tests name; the directory itself is recorded from it. */
export const ONE_PUBLIC_ESTATE_PROGRAMME = 'one-public-estate-programme';
export const DISTRICT_CHIEF_EXECUTIVES = 'district-chief-executives-group';
