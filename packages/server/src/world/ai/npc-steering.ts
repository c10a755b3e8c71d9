/**
 * How an NPC walks somewhere: straight at it when the way is clear, otherwise along an A* path
 * from the zone's {@link Pathfinder}, one tile centre after another. Steering only sets the
 * entity's movement target; the movement system moves it at its speed and keeps it out of
 * walls, exactly as it moves players.
 * @module
 */
import type { NpcEntity } from '../npc/npc-entity.ts';
import { FAILURE, RUNNING, SUCCESS } from './behaviour-tree.ts';
import type { Status } from './behaviour-tree.ts';
import type { NpcContext } from './npc-context.ts';

/** Goals farther than this are always path-found, even in plain sight (long straight walks snag on corners). */
const DIRECT_METRES = 30;
/** A waypoint counts as reached this close, metres. */
const WAYPOINT_METRES = 0.3;
/** A route is asked for again when its goal moved farther than this, metres (a chased target). */
const REPATH_METRES = 2;

/** Forgets the NPC's route and stops it. */
export function stopWalking(context: NpcContext, npc: NpcEntity): void {
  if (npc.route !== undefined) context.pathfinder.cancel(npc.route);
  npc.route = undefined;
  npc.stop();
}

/**
 * Walks the thinking NPC toward (x, y).
 * @param within - SUCCESS once the NPC is this close, metres
 * @returns SUCCESS when arrived, RUNNING while walking (or waiting for a path), FAILURE when
 *   the place cannot be reached
 */
export function walkTo(context: NpcContext, x: number, y: number, within: number): Status {
  const npc = context.npc;
  const dx = x - npc.x;
  const dy = y - npc.y;
  const distance = Math.hypot(dx, dy);
  if (distance <= within) {
    stopWalking(context, npc);
    return SUCCESS;
  }
  const grid = context.zone.map.collision;
  if (distance <= DIRECT_METRES && grid.lineOfSight(npc.x, npc.y, x, y)) {
    if (npc.route !== undefined) context.pathfinder.cancel(npc.route);
    npc.route = undefined;
    npc.targetX = x;
    npc.targetY = y;
    return RUNNING;
  }
  let route = npc.route;
  if (route === undefined || route.status === 'cancelled' || Math.hypot(npc.routeGoalX - x, npc.routeGoalY - y) > REPATH_METRES) {
    if (route !== undefined) context.pathfinder.cancel(route);
    route = context.pathfinder.request(npc.x, npc.y, x, y);
    npc.route = route;
    npc.routeStep = 0;
    npc.routeGoalX = x;
    npc.routeGoalY = y;
  }
  if (route.status === 'pending') {
    npc.stop();
    return RUNNING;
  }
  if (route.status !== 'found') {
    stopWalking(context, npc);
    return FAILURE;
  }
  const tiles = route.tiles;
  const columns = grid.columns;
  const size = grid.tileSize;
  for (;;) {
    const last = npc.routeStep >= tiles.length - 1;
    const tile = tiles[Math.min(npc.routeStep, tiles.length - 1)] ?? 0;
    const col = tile % columns;
    const wx = last ? x : (col + 0.5) * size;
    const wy = last ? y : ((tile - col) / columns + 0.5) * size;
    if (!last && Math.hypot(wx - npc.x, wy - npc.y) <= WAYPOINT_METRES) {
      npc.routeStep++;
      continue;
    }
    npc.targetX = wx;
    npc.targetY = wy;
    return RUNNING;
  }
}
