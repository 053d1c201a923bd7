/** Human output names organisations, bodies, meetings and funds; `--ids` puts each id after its name. */
export const IDS_HELP =
  'put the id after each name in human output, e.g. Stroud District Council (stroud-district-council)';
