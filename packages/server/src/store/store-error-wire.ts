/**
 * Storage errors across a thread boundary. Structured cloning keeps an Error's message but not
 * its class or fields, and callers decide by `instanceof` (a taken name, a ledger version
 * conflict, a schema from a newer build), so the errors they check are sent as data and built
 * again, with their own constructors, on the receiving side.
 * @module
 */
import { StreamVersionConflictError } from './event-store.ts';
import type { Migration } from './migrations.ts';
import { MigrationError, SchemaTooNewError } from './migrations.ts';
import type { StoreConstraint } from './store.ts';
import { StoreConflictError } from './store.ts';

/** What every error on the wire carries: the original message and the stack where it was thrown. */
interface WireErrorBase {
  /** The original message, unchanged. */
  readonly message: string;
  /** The original stack, for logs; undefined when there was none. */
  readonly stack: string | undefined;
}

/** An error as plain, cloneable data: one variant per class a caller checks, and a catch-all. */
export type WireError =
  | (WireErrorBase & { readonly kind: 'store-conflict'; readonly constraint: StoreConstraint })
  | (WireErrorBase & { readonly kind: 'stream-version-conflict'; readonly stream: string; readonly expectedVersion: number })
  | (WireErrorBase & { readonly kind: 'schema-too-new'; readonly databaseVersion: number; readonly knownVersion: number })
  | (WireErrorBase & { readonly kind: 'migration'; readonly migration: Migration; readonly cause: WireError })
  | (WireErrorBase & { readonly kind: 'other'; readonly name: string; readonly code: string | undefined });

/** Turns anything thrown into its wire form. A thrown non-Error becomes an `Error` with its text. */
export function errorToWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { kind: 'other', name: 'Error', message: String(error), stack: undefined, code: undefined };
  const { message, stack } = error;
  if (error instanceof StoreConflictError) return { kind: 'store-conflict', constraint: error.constraint, message, stack };
  if (error instanceof StreamVersionConflictError) {
    return { kind: 'stream-version-conflict', stream: error.stream, expectedVersion: error.expectedVersion, message, stack };
  }
  if (error instanceof SchemaTooNewError) {
    return { kind: 'schema-too-new', databaseVersion: error.databaseVersion, knownVersion: error.knownVersion, message, stack };
  }
  if (error instanceof MigrationError) return { kind: 'migration', migration: error.migration, cause: errorToWire(error.cause), message, stack };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { kind: 'other', name: error.name, message, stack, code };
}

/** Builds the error a wire form describes: the same class, fields and message as the original. */
export function errorFromWire(wire: WireError): Error {
  const error = rebuild(wire);
  // The constructors word their own message; the original may say more (a stream's actual version).
  error.message = wire.message;
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}

function rebuild(wire: WireError): Error {
  switch (wire.kind) {
    case 'store-conflict':
      return new StoreConflictError(wire.constraint);
    case 'stream-version-conflict':
      return new StreamVersionConflictError(wire.stream, wire.expectedVersion);
    case 'schema-too-new':
      return new SchemaTooNewError(wire.databaseVersion, wire.knownVersion);
    case 'migration':
      return new MigrationError(wire.migration, errorFromWire(wire.cause));
    case 'other': {
      const error = new Error(wire.message);
      error.name = wire.name;
      return wire.code === undefined ? error : Object.assign(error, { code: wire.code });
    }
  }
}
