/** The rule packs that ship with the app, in the order their rules are evaluated. */
import type { RulePackInput } from '../ruleSchema';
import { apiPack } from './api';
import { interactionsPack } from './interactions';
import { stridePack } from './stride';

export const BUILT_IN_PACKS: readonly RulePackInput[] = [stridePack, interactionsPack, apiPack];
