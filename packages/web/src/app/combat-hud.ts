/**
 * The combat part of the page: the player's own frame (health, resource, cast bar), the target
 * frame (with Trade for a player), the skill bar (keys 1-5, cooldown sweeps, greyed when not
 * affordable), the auto-attack toggle, the combat log, and the death overlay with its
 * "Release spirit" button. Requests go through the session's client; refusals are shown by code.
 * @module
 */
import type { MirroredCombatEvent, MirroredEntity, WorldMirror } from '@realmforge/client';
import { combatText } from './combat-text.ts';
import type { CombatText } from './combat-text.ts';
import { button, element, make } from './page-element.ts';
import type { GameSession } from './session.ts';
import { errorText } from './session.ts';
import { SkillBar } from './skill-bar.ts';
import { displayName } from './skill-book.ts';
import type { SkillBook } from './skill-book.ts';

/** Lines the combat log keeps. */
const LOG_LINES = 100;

/** What the combat HUD needs from the page. */
export interface CombatHudContext {
  /** The session (requests go through its client). */
  readonly session: GameSession;
  /** The world mirror. */
  readonly world: WorldMirror;
  /** Shows a refusal or a failure to the player. */
  readonly say: (text: string) => void;
  /** Asks the player's target to trade (the trade window's job). */
  readonly trade: (name: string) => void;
}

/** The combat HUD's elements and state. */
export class CombatHud {
  readonly #context: CombatHudContext;
  readonly #ui = {
    selfFrame: element('self-frame', HTMLDivElement),
    selfHealth: element('self-health', HTMLDivElement),
    selfResource: element('self-resource', HTMLDivElement),
    castBar: element('cast-bar', HTMLDivElement),
    targetFrame: element('target-frame', HTMLDivElement),
    targetName: element('target-name', HTMLSpanElement),
    targetHealth: element('target-health', HTMLDivElement),
    targetTrade: element('target-trade', HTMLButtonElement),
    skillBar: element('skill-bar', HTMLDivElement),
    autoAttack: element('auto-attack', HTMLButtonElement),
    combatLog: element('combat-log', HTMLOListElement),
    deathOverlay: element('death-overlay', HTMLDivElement),
    releaseSpirit: element('release-spirit', HTMLButtonElement),
  };
  #book: SkillBook | undefined;
  #bar: SkillBar | undefined;
  #buttons: HTMLButtonElement[] = [];
  #barClass = 0;
  /** The target the player picked (shown at once; the server's answer follows). */
  #targetId = 0;
  #autoAttack = false;
  #lastDrawn = '';

  /** @param context - what the HUD reads and acts through */
  constructor(context: CombatHudContext) {
    this.#context = context;
    this.#ui.autoAttack.addEventListener('click', () => {
      this.toggleAutoAttack();
    });
    this.#ui.releaseSpirit.addEventListener('click', () => {
      this.#ui.releaseSpirit.disabled = true;
      void this.#act(async (client) => {
        const graveyard = await client.releaseSpirit();
        this.#log(`Your spirit returns at ${graveyard}`, 'system');
      }).finally(() => {
        this.#ui.releaseSpirit.disabled = false;
      });
    });
    this.#ui.targetTrade.addEventListener('click', () => {
      const target = this.#context.world.entities.get(this.targetId);
      if (target !== undefined) this.#context.trade(target.name);
    });
  }

  /** The combat content arrived: the skill bar can be built. */
  setBook(book: SkillBook): void {
    this.#book = book;
    this.#bar = new SkillBar(book);
    this.#barClass = 0;
  }

  /** The selected target's entity id (0 for none). */
  get targetId(): number {
    return this.#targetId;
  }

  /** The skill bar's state, for the debug hook. */
  get bar(): SkillBar | undefined {
    return this.#bar;
  }

  /** Whether auto-attack is on (as the server last confirmed). */
  get autoAttack(): boolean {
    return this.#autoAttack;
  }

  /** Selects a target (0 clears); the server confirms it. */
  select(entityId: number): void {
    this.#targetId = entityId;
    void this.#act(async (client) => {
      await client.selectTarget(entityId);
    });
  }

  /** Casts the skill on key `key` (1-5) at the selected target. */
  castKey(key: number): void {
    const self = this.#context.world.self;
    const skill = self === undefined ? undefined : this.#bar?.skillFor(self.classId, key);
    if (skill === undefined || this.#bar === undefined) return;
    const bar = this.#bar;
    void this.#act(async (client) => {
      const cast = await client.castSkill(skill.id, skill.target === 'self' || skill.target === 'caster-area' ? 0 : this.#targetId);
      bar.accepted(skill.id, cast.castTicks, performance.now());
    });
  }

  /** Turns the weapon swing at the target on or off. */
  toggleAutoAttack(): void {
    const wanted = !this.#autoAttack;
    void this.#act(async (client) => {
      this.#autoAttack = await client.setAutoAttack(wanted);
      this.#ui.autoAttack.classList.toggle('on', this.#autoAttack);
      this.#ui.autoAttack.setAttribute('aria-pressed', String(this.#autoAttack));
    });
  }

  /** A combat event arrived: logged, and handed to the skill bar; returns its words. */
  combatEvent(event: MirroredCombatEvent, nameOf: (id: number) => string): CombatText {
    const text = combatText(event, nameOf, this.#context.world.selfId, this.#book);
    this.#bar?.event(event, this.#context.world.selfId, performance.now());
    this.#log(text.line, text.tone);
    return text;
  }

  /** The own cast ended: a cast that caused nothing starts no cooldown. */
  castEnded(skillId: number): void {
    this.#bar?.castEnded(skillId);
  }

  /** Back to no target and no swing (a new zone, a new character). */
  reset(): void {
    this.#targetId = 0;
    this.#autoAttack = false;
    this.#ui.autoAttack.classList.remove('on');
    this.#ui.autoAttack.setAttribute('aria-pressed', 'false');
  }

  /** Redraws the frames and the bar (every animation frame; the DOM is touched only on change). */
  render(castShare: (entity: MirroredEntity) => number | undefined): void {
    const world = this.#context.world;
    const self = world.self;
    if (self === undefined) return;
    const target = world.entities.get(this.#targetId);
    if (this.#targetId !== 0 && target === undefined) this.#targetId = 0;
    const now = performance.now();
    const slots = this.#bar?.slots(self.classId, self, now) ?? [];
    const kit = this.#book?.kits.get(self.classId);
    const selfCast = castShare(self);
    const drawn = JSON.stringify([self.hitPoints, self.maxHitPoints, self.resource, self.maxResource, self.dead, self.level, selfCast === undefined ? -1 : Math.round(selfCast * 50), self.castSkillId,
      target?.id, target?.hitPoints, target?.maxHitPoints, target?.dead, slots.map((s) => [Math.ceil(s.cooldownLeftMs / 100), s.usable])]);
    if (drawn === this.#lastDrawn) return;
    this.#lastDrawn = drawn;
    bar(this.#ui.selfHealth, self.hitPoints, self.maxHitPoints, `${self.hitPoints} / ${self.maxHitPoints} HP · level ${self.level}`);
    bar(this.#ui.selfResource, self.resource, self.maxResource, `${self.resource} / ${self.maxResource} ${kit?.resourceName ?? ''}`);
    const castSkill = this.#book?.skills.get(self.castSkillId);
    this.#ui.castBar.hidden = selfCast === undefined;
    if (selfCast !== undefined) bar(this.#ui.castBar, selfCast, 1, castSkill === undefined ? 'casting' : displayName(castSkill.name));
    this.#ui.targetFrame.hidden = target === undefined;
    if (target !== undefined) {
      this.#ui.targetName.textContent = `${target.name}${target.level > 0 ? ` (level ${target.level})` : ''}${target.dead ? ' (dead)' : ''}`;
      this.#ui.targetFrame.dataset.kind = target.kind === 2 ? 'npc' : 'player';
      bar(this.#ui.targetHealth, target.hitPoints, target.maxHitPoints, `${target.hitPoints} / ${target.maxHitPoints} HP`);
      this.#ui.targetTrade.hidden = target.kind !== 1;
    }
    this.#drawSkillBar(self.classId, slots);
    this.#ui.deathOverlay.hidden = !self.dead;
  }

  #drawSkillBar(classId: number, slots: ReturnType<SkillBar['slots']>): void {
    if (this.#barClass !== classId) {
      this.#barClass = classId;
      this.#buttons = slots.map((slot) => {
        const made = button('', () => {
          this.castKey(slot.key);
        }, 'skill');
        made.dataset.key = String(slot.key);
        made.dataset.skill = slot.skill.name;
        made.title = `${slot.label}: ${slot.skill.cost} resource, ${slot.skill.castMs > 0 ? `${slot.skill.castMs / 1000} s cast` : 'instant'}${slot.skill.cooldownMs > 0 ? `, ${slot.skill.cooldownMs / 1000} s cooldown` : ''}`;
        made.append(make('span', 'key', String(slot.key)), make('span', 'name', slot.label), make('span', 'cooldown'));
        return made;
      });
      this.#ui.skillBar.replaceChildren(...this.#buttons);
    }
    for (const slot of slots) {
      const made = this.#buttons[slot.key - 1];
      if (made === undefined) continue;
      made.classList.toggle('unusable', !slot.usable);
      made.classList.toggle('unaffordable', !slot.affordable);
      made.style.setProperty('--cooldown', String(slot.cooldownShare));
      const cooldown = made.querySelector('.cooldown');
      if (cooldown !== null) cooldown.textContent = slot.cooldownLeftMs > 0 ? (slot.cooldownLeftMs / 1000).toFixed(1) : '';
    }
  }

  #log(line: string, tone: string): void {
    const list = this.#ui.combatLog;
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    list.append(make('li', tone, line));
    while (list.childElementCount > LOG_LINES) list.firstElementChild?.remove();
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  async #act(action: (client: GameSession['client']) => Promise<void>): Promise<void> {
    try {
      await action(this.#context.session.client);
    } catch (error) {
      this.#context.say(errorText(error));
    }
  }
}

/** Sets a bar element's fill (CSS variable `--fill`, 0-1) and its text. */
function bar(target: HTMLElement, value: number, max: number, text: string): void {
  target.style.setProperty('--fill', String(max > 0 ? Math.max(0, Math.min(1, value / max)) : 0));
  target.dataset.text = text;
  target.title = text;
}
