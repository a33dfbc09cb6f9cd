import type { DomainEvent } from '../../platform/events/outbox';
import type { Principal } from '../../platform/core/context';

/** Every socket joins EVERYONE; staff and admin users also STAFF; a signed-in user also `user:<id>`. */
export const EVERYONE = 'everyone';
export const STAFF = 'staff';
export const userRoom = (id: string) => `user:${id}`;
/** The sockets of one sign-in (refresh-token family). */
export const sessionRoom = (sid: string) => `sid:${sid}`;

/** Events every socket receives (anonymous sockets get a reduced `inventory.updated`). */
export const PUBLIC_TYPES = new Set(['product.published', 'product.unpublished', 'product.archived', 'inventory.updated']);

export function roomsFor(principal: Principal | null): string[] {
  const rooms = [EVERYONE];
  if (principal?.type === 'user') {
    rooms.push(userRoom(principal.id));
    if (principal.role === 'staff' || principal.role === 'admin') rooms.push(STAFF);
  }
  return rooms;
}

export interface Envelope {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** One emit: to the union of `to`, minus sockets also in `except` (each socket gets it once). */
export interface Emission {
  to: string[];
  except: string[];
  envelope: Envelope;
}

/** The owner of an order or payment event, when its data names one. */
function ownerOf(data: Record<string, unknown>): string | null {
  const id = data.userId ?? data.customerId;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** Who receives an event, and in which shape. Pure: the Socket.IO layer only executes it. */
export function emissionsFor(event: DomainEvent): Emission[] {
  const envelope: Envelope = { id: event.id, type: event.type, createdAt: event.createdAt, data: event.data };
  if (PUBLIC_TYPES.has(event.type)) {
    const publicEnvelope =
      event.type === 'inventory.updated'
        ? { ...envelope, data: { sku: event.data.sku, available: event.data.available } }
        : envelope;
    return [
      { to: [STAFF], except: [], envelope },
      { to: [EVERYONE], except: [STAFF], envelope: publicEnvelope },
    ];
  }
  if (event.type.startsWith('order.') || event.type.startsWith('payment.')) {
    const owner = ownerOf(event.data);
    return [{ to: owner ? [STAFF, userRoom(owner)] : [STAFF], except: [], envelope }];
  }
  return [{ to: [STAFF], except: [], envelope }];
}
