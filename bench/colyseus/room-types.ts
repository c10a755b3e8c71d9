/**
 * The Colyseus room types of the peer benchmark, by the mode they stand for; shared by the server
 * (which defines them) and the bots (which join them).
 * @module
 */

/** Room type names: rooms of at most 50 players, or one room for everyone. */
export const ROOM_TYPES = { roomsOf50: 'wander50', shared: 'wanderShared' } as const;

/** A room type name. */
export type RoomType = (typeof ROOM_TYPES)[keyof typeof ROOM_TYPES];
