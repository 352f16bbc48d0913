/**
 * Threat Dragon flags that have no property of their own in our model travel as tags, so the
 * rules and filters can still see them and an export to Threat Dragon sets them again.
 */
export const TD_TAGS = {
  providesAuthentication: 'provides-authentication',
  handlesCardPayment: 'card-payment',
  handlesGoodsOrServices: 'goods-or-services',
  isWebApplication: 'web-application',
  isSigned: 'signed',
  storesInventory: 'inventory',
  isPublicNetwork: 'public-network',
} as const;

/** Free-text privilege levels become a tag with this prefix. */
export const PRIVILEGE_TAG_PREFIX = 'privilege:';

/** Threat Dragon's free-text score rides in the threat's notes on a line of its own. */
export const SCORE_NOTE_PREFIX = 'Threat Dragon score: ';
