/**
 * Server-authoritative movement: entities walk along their intent at their own speed, and
 * collisions with the zone's collision layer are resolved by the map.
 * @module
 */
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';
import type { ZoneSystem } from './zone-system.ts';

/** Closer than this to a target counts as arrived, metres. */
const ARRIVAL_METRES = 0.05;

/** Reused result of collision resolution: the tick allocates nothing per moving entity. */
const moved = { x: 0, y: 0 };

/** Moves every entity with movement intent by at most speed × dt. */
export const movementSystem: ZoneSystem = {
  name: 'movement',
  step(zone: Zone, dt: number): void {
    const grid = zone.map.collision;
    const entities = zone.entityList();
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as Entity;
      if (!entity.moving) continue;
      // Dead and stunned entities stand still; slows scale the stride.
      const factor = entity.combat.speedFactor;
      if (factor === 0) continue;
      const budget = entity.speed * factor * dt;
      let dx: number;
      let dy: number;
      if (!Number.isNaN(entity.targetX)) {
        const tx = entity.targetX - entity.x;
        const ty = entity.targetY - entity.y;
        const distance = Math.hypot(tx, ty);
        if (distance < ARRIVAL_METRES) {
          entity.stop();
          continue;
        }
        const step = Math.min(budget, distance);
        dx = (tx / distance) * step;
        dy = (ty / distance) * step;
      } else {
        dx = entity.moveX * budget;
        dy = entity.moveY * budget;
      }
      grid.moveWithCollisionInto(moved, entity.x, entity.y, dx, dy, entity.radius);
      if (moved.x === entity.x && moved.y === entity.y) {
        // Walking into a wall: a target that cannot be reached this way is dropped.
        if (!Number.isNaN(entity.targetX)) entity.stop();
        continue;
      }
      zone.moveEntity(entity, moved.x, moved.y);
    }
  },
};
