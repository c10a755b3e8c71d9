/**
 * The spawners of one zone at run time: each keeps its NPCs alive, and when one dies, leaves the
 * corpse for the template's `corpseSeconds` and brings a new one after `respawnSeconds`. All
 * timers are in ticks; spawn places come from the zone's seeded generator, so a zone respawns
 * the same way on every run.
 * @module
 */
import { SPAWNER_CLEARANCE } from '../map/npc-spawners.ts';
import type { NpcSpawner } from '../map/npc-spawners.ts';
import type { Zone } from '../zone.ts';
import type { NpcCombat } from './npc-combat.ts';
import type { NpcContent } from './npc-content.ts';
import { NpcEntity } from './npc-entity.ts';

/** Tries at finding a free spot within a spawner's radius before using the spawner's own spot. */
const PLACE_TRIES = 8;

/** One NPC a spawner keeps. */
interface SpawnSlot {
  readonly spawner: NpcSpawner;
  /** The NPC (alive or a corpse), or undefined while waiting to respawn. */
  npc: NpcEntity | undefined;
  /** Tick to remove the corpse. */
  removeAt: number;
  /** Tick to spawn again. */
  spawnAt: number;
}

/** Spawning and respawning the NPCs of one zone. */
export class NpcSpawns {
  /** Living NPCs (corpses excluded), in a deterministic order. */
  readonly living: NpcEntity[] = [];
  readonly #zone: Zone;
  readonly #content: NpcContent;
  readonly #combat: NpcCombat | undefined;
  readonly #slots: SpawnSlot[] = [];
  readonly #slotOf = new Map<NpcEntity, SpawnSlot>();
  readonly #corpses: SpawnSlot[] = [];

  /**
   * @param zone - the zone
   * @param content - templates and trees (every spawner's template must exist; see checkSpawners)
   * @param combat - the world's combat, which equips every NPC spawned; none: NPCs do not fight
   */
  constructor(zone: Zone, content: NpcContent, combat?: NpcCombat) {
    this.#zone = zone;
    this.#content = content;
    this.#combat = combat;
    for (const spawner of zone.map.spawners ?? []) {
      for (let i = 0; i < spawner.count; i++) this.#slots.push({ spawner, npc: undefined, removeAt: -1, spawnAt: 0 });
    }
  }

  /** NPCs waiting to respawn. */
  get waiting(): number {
    return this.#slots.length - this.living.length - this.#corpses.length;
  }

  /** Corpses in the zone. */
  get corpses(): number {
    return this.#corpses.length;
  }

  /** Notes deaths, removes old corpses and spawns what is due; call once per tick before thinking. */
  step(tick: number): void {
    const living = this.living;
    for (let i = living.length - 1; i >= 0; i--) {
      const npc = living[i];
      if (npc === undefined || npc.hitPoints > 0) continue;
      this.#died(npc, tick);
      living[i] = living[living.length - 1] ?? npc;
      living.pop();
    }
    for (let i = this.#corpses.length - 1; i >= 0; i--) {
      const slot = this.#corpses[i];
      if (slot === undefined || tick < slot.removeAt) continue;
      if (slot.npc !== undefined) this.#zone.remove(slot.npc);
      slot.npc = undefined;
      this.#corpses.splice(i, 1);
    }
    for (const slot of this.#slots) if (slot.npc === undefined && tick >= slot.spawnAt) this.#spawn(slot);
  }

  #died(npc: NpcEntity, tick: number): void {
    const slot = this.#slotOf.get(npc);
    npc.diedAtTick = tick;
    npc.stop();
    npc.threat.clear();
    npc.route = undefined;
    if (slot === undefined) return;
    const perSecond = 1 / this.#zone.dt;
    const respawn = slot.spawner.respawnSeconds ?? npc.template.respawnSeconds;
    slot.spawnAt = tick + Math.ceil(respawn * perSecond);
    slot.removeAt = Math.min(slot.spawnAt, tick + Math.ceil(npc.template.corpseSeconds * perSecond));
    this.#corpses.push(slot);
    this.#slotOf.delete(npc);
  }

  #spawn(slot: SpawnSlot): void {
    const { spawner } = slot;
    const template = this.#content.templates.get(spawner.template);
    const tree = template === undefined ? undefined : this.#content.trees.get(template.behaviour);
    if (template === undefined || tree === undefined) throw new Error(`spawner "${spawner.id}": template "${spawner.template}" is not loaded`);
    const [x, y] = this.#place(spawner);
    const npc = this.#zone.addEntity((handle) => new NpcEntity(handle, template, x, y, tree.slots));
    if (!(npc instanceof NpcEntity)) throw new Error('the zone did not add the NPC it was given');
    this.#combat?.equip(this.#zone, npc);
    slot.npc = npc;
    this.#slotOf.set(npc, slot);
    this.living.push(npc);
  }

  /** A free spot within the spawner's radius, drawn from the zone's generator. */
  #place(spawner: NpcSpawner): [number, number] {
    const grid = this.#zone.map.collision;
    const random = this.#zone.random;
    for (let i = 0; i < PLACE_TRIES && spawner.radius > 0; i++) {
      const angle = random.next() * 2 * Math.PI;
      const distance = Math.sqrt(random.next()) * spawner.radius;
      const x = spawner.x + Math.cos(angle) * distance;
      const y = spawner.y + Math.sin(angle) * distance;
      if (grid.isFree(x, y, SPAWNER_CLEARANCE)) return [x, y];
    }
    return [spawner.x, spawner.y];
  }
}
