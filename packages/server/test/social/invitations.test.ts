import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode } from '@realmforge/protocol';
import { InvitationBook } from '../../src/social/invitations.ts';
import { refused } from './social-fixture.ts';

describe('InvitationBook', () => {
  const limits = { ttlMs: 1000, perInviter: 2, perInvitee: 2 };

  it('holds an invitation until it is taken or lapses, and forgets lapsed ones', () => {
    const book = new InvitationBook(limits);
    const invitation = book.offer('a', 'b', 'party-a', 0);
    assert.deepEqual(invitation, { inviteeId: 'b', key: 'party-a', inviterId: 'a', expiresAt: 1000 });
    assert.equal(book.size, 1);
    assert.deepEqual(book.take('b', 'party-a', 999), invitation);
    assert.equal(book.take('b', 'party-a', 999), undefined, 'taken once');
    book.offer('a', 'b', 'party-a', 0);
    assert.equal(book.take('b', 'party-a', 1000), undefined, 'lapsed');
    assert.equal(book.size, 0, 'a lapsed invitation that was asked for is gone');
    book.offer('a', 'b', 'k1', 0);
    book.offer('c', 'd', 'k2', 500);
    book.expire(1000);
    assert.equal(book.size, 1);
    assert.deepEqual(book.heldBy('d', 1000).map((i) => i.key), ['k2']);
    book.expire(1500);
    assert.equal(book.size, 0);
  });

  it('bounds invitations per inviter and per invitee; renewing one is not a new one', async () => {
    const book = new InvitationBook(limits);
    book.offer('a', 'x', 'k', 0);
    book.offer('a', 'y', 'k', 0);
    await refused(() => book.offer('a', 'z', 'k', 0), ErrorCode.ERROR_CODE_TOO_MANY_INVITES);
    assert.equal(book.offer('a', 'x', 'k', 500).expiresAt, 1500, 'renewed');
    book.offer('b', 'x', 'other', 0);
    await refused(() => book.offer('c', 'x', 'third', 0), ErrorCode.ERROR_CODE_TOO_MANY_INVITES);
    // Another inviter renewing the same key takes the invitation over.
    book.offer('c', 'x', 'other', 0);
    assert.deepEqual(book.heldBy('x', 0).map((i) => [i.key, i.inviterId]), [['k', 'a'], ['other', 'c']]);
    book.offer('b', 'w', 'k', 0);
    // At 1500 both of a's invitations have lapsed: they stop counting (and are forgotten) at once.
    book.offer('a', 'z', 'k', 1500);
    assert.deepEqual(book.heldBy('x', 0).map((i) => i.key), ['other']);
    assert.equal(book.size, 3);
  });

  it('drops by invitee, by inviter and by key', () => {
    const book = new InvitationBook({ ttlMs: 1000, perInviter: 5, perInvitee: 5 });
    book.offer('a', 'x', 'g1', 0);
    book.offer('a', 'y', 'g1', 0);
    book.offer('b', 'x', 'g2', 0);
    book.offer('b', 'z', 'g2', 0);
    book.dropKey('g1');
    assert.deepEqual(book.heldBy('x', 0).map((i) => i.key), ['g2']);
    book.dropInviter('b');
    assert.equal(book.size, 0);
    book.offer('a', 'x', 'g1', 0);
    book.offer('b', 'x', 'g2', 0);
    book.dropInvitee('x');
    assert.equal(book.size, 0);
    book.offer('a', 'x', 'g1', 0);
    book.offer('a', 'y', 'g1', 0);
    book.offer('a', 'z', 'g1', 0);
    book.offer('a', 'w', 'g1', 0);
    book.offer('a', 'v', 'g1', 0);
    assert.equal(book.size, 5, 'dropping freed the inviter’s places');
  });
});
