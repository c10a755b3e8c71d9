/**
 * The table of every request handler, assembled from the feature modules.
 * @module
 */
import type { HandlerTable } from './handler.ts';
import { login, logout, register, resume } from './handlers/account-handlers.ts';
import { createCharacter, deleteCharacter, listCharacters } from './handlers/character-handlers.ts';
import { castSkill, releaseSpirit, selectTarget, setAutoAttack } from './handlers/combat-handlers.ts';
import { sendChat } from './handlers/chat-handlers.ts';
import { openDatagramChannel, resyncFrames } from './handlers/datagram-handlers.ts';
import { destroyItem, equipItem, moveItem, splitStack, unequipItem, vendorBrowse, vendorBuy, vendorSell } from './handlers/economy-handlers.ts';
import {
  guildCreate,
  guildDisband,
  guildInvite,
  guildKick,
  guildLeave,
  guildRespond,
  guildSetRank,
  partyInvite,
  partyKick,
  partyLeave,
  partyPromote,
  partyRespond,
} from './handlers/social-handlers.ts';
import { tradeCancel, tradeConfirm, tradeRequest, tradeRespond, tradeSetOffer } from './handlers/trade-handlers.ts';
import { enterWorld, moveInput } from './handlers/world-handlers.ts';

/** Every handler, by payload case. */
export const handlers: HandlerTable = {
  register,
  login,
  resume,
  logout,
  listCharacters,
  createCharacter,
  deleteCharacter,
  enterWorld,
  moveInput,
  sendChat,
  partyInvite,
  partyRespond,
  partyLeave,
  partyKick,
  partyPromote,
  guildCreate,
  guildInvite,
  guildRespond,
  guildLeave,
  guildKick,
  guildSetRank,
  guildDisband,
  selectTarget,
  castSkill,
  setAutoAttack,
  releaseSpirit,
  moveItem,
  splitStack,
  equipItem,
  unequipItem,
  destroyItem,
  vendorBrowse,
  vendorBuy,
  vendorSell,
  tradeRequest,
  tradeRespond,
  tradeSetOffer,
  tradeConfirm,
  tradeCancel,
  openDatagramChannel,
  resyncFrames,
};
