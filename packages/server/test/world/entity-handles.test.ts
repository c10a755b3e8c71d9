import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityHandles, HANDLE_REUSE_DELAY_TICKS } from '../../src/world/entity-handles.ts';

describe('EntityHandles', () => {
  it('hands out fresh handles and reuses a released one only after the quiet period', () => {
    const handles = new EntityHandles();
    assert.equal(handles.allocate(0), 1);
    assert.equal(handles.allocate(0), 2);
    handles.release(1, 10);
    assert.equal(handles.allocate(10 + HANDLE_REUSE_DELAY_TICKS - 1), 3);
    assert.equal(handles.allocate(10 + HANDLE_REUSE_DELAY_TICKS), 1);
    assert.equal(handles.limit, 4);
  });

  it('never hands the same handle to two live entities under churn', () => {
    const handles = new EntityHandles();
    const live = new Set<number>();
    let tick = 0;
    for (let i = 0; i < 20_000; i++) {
      tick++;
      const h = handles.allocate(tick);
      assert.ok(!live.has(h));
      live.add(h);
      if (live.size > 50) {
        const oldest = live.values().next().value;
        if (oldest !== undefined) {
          live.delete(oldest);
          handles.release(oldest, tick);
        }
      }
    }
    // Churn of 20,000 entities with 50 alive reuses handles instead of growing without bound.
    assert.ok(handles.limit < 200, `handles grew to ${handles.limit}`);
  });
});
