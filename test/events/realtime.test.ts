import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvents, type NewEvent } from '../../src/platform/events/outbox';
import { emissionsFor } from '../../src/consumers/realtime/rooms';
import { createTestApp, type TestApp, type TestUser } from '../helpers/app';
import { waitFor } from './receiver';

let t: TestApp;
let base: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t?.dispose();
});

interface Client {
  socket: Socket;
  got: { type: string; envelope: any }[];
}

const connect = async (token?: string): Promise<Client> => {
  const socket = io(base, { path: '/v1/realtime', transports: ['websocket'], auth: token ? { token } : {}, reconnection: false });
  sockets.push(socket);
  const got: Client['got'] = [];
  socket.onAny((type, envelope) => got.push({ type, envelope }));
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  return { socket, got };
};

const emit = async (events: NewEvent[]) => {
  const out = await t.platform.db.transaction().execute((tx) => recordEvents(tx, events));
  await t.relay!.drain();
  return out;
};

describe('emissionsFor (who gets what)', () => {
  const base = { id: 'e', createdAt: '2030-01-01T00:00:00.000Z', aggregateType: 'x', aggregateId: 'y', sequence: 1 };
  it('reduces inventory.updated for everyone but staff', () => {
    const [staff, rest] = emissionsFor({ ...base, type: 'inventory.updated', data: { sku: 'A', available: 3, onHand: 5, reserved: 2 } });
    expect(staff).toMatchObject({ to: ['staff'], envelope: { data: { onHand: 5 } } });
    expect(rest).toMatchObject({ to: ['everyone'], except: ['staff'], envelope: { data: { sku: 'A', available: 3 } } });
    expect(Object.keys(rest.envelope.data)).toEqual(['sku', 'available']);
  });
  it('sends order and payment events to staff and the owner only, everything else to staff', () => {
    expect(emissionsFor({ ...base, type: 'order.created', data: { userId: 'u1' } })[0].to).toEqual(['staff', 'user:u1']);
    expect(emissionsFor({ ...base, type: 'payment.paid', data: { userId: 'u1' } })[0].to).toEqual(['staff', 'user:u1']);
    expect(emissionsFor({ ...base, type: 'settings.updated', data: {} })[0].to).toEqual(['staff']);
  });
});

describe('Socket.IO at /v1/realtime', () => {
  let staff: TestUser;
  let ann: TestUser;
  let bob: TestUser;
  beforeAll(async () => {
    staff = await t.login('staff');
    ann = await t.login('customer');
    bob = await t.login('customer');
  });

  it('refuses a bad token', async () => {
    await expect(connect('not-a-jwt')).rejects.toThrow('unauthorized');
  });

  it('delivers each event to its audience, once, in the webhook envelope', async () => {
    const anon = await connect();
    const staffC = await connect(staff.accessToken);
    const annC = await connect(ann.accessToken);
    const bobC = await connect(bob.accessToken);
    const [stock, annOrder, bobPaid, settings, marker] = await emit([
      { type: 'inventory.updated', aggregateType: 'stock', aggregateId: 'TS-1', data: { sku: 'TS-1', available: 4, onHand: 6, reserved: 2 } },
      { type: 'order.created', aggregateType: 'order', aggregateId: 'o1', data: { id: 'o1', userId: ann.id, total: 1200 } },
      { type: 'payment.paid', aggregateType: 'order', aggregateId: 'o2', data: { orderId: 'o2', userId: bob.id } },
      { type: 'settings.updated', aggregateType: 'settings', aggregateId: 'store', data: { changed: ['storeName'] } },
      { type: 'product.published', aggregateType: 'product', aggregateId: 'p1', data: { id: 'p1', slug: 'tee' } },
    ]);
    // the marker is last and reaches everyone: once it arrived, everything before it has too
    for (const c of [anon, staffC, annC, bobC]) await waitFor(() => c.got.some((g) => g.envelope.id === marker.id), 'the marker');
    const ours = new Set([stock.id, annOrder.id, bobPaid.id, settings.id, marker.id]);
    // (staff also see other modules' events, e.g. from signing users up)
    const ids = (c: Client) => c.got.map((g) => g.envelope.id).filter((id) => ours.has(id));
    expect(ids(staffC)).toEqual([stock.id, annOrder.id, bobPaid.id, settings.id, marker.id]);
    expect(ids(anon)).toEqual([stock.id, marker.id]);
    expect(ids(annC)).toEqual([stock.id, annOrder.id, marker.id]);
    expect(ids(bobC)).toEqual([stock.id, bobPaid.id, marker.id]);
    expect(anon.got.find((g) => g.envelope.id === stock.id)).toEqual({ type: 'inventory.updated', envelope: { id: stock.id, type: 'inventory.updated', createdAt: stock.createdAt, data: { sku: 'TS-1', available: 4 } } });
    expect(staffC.got.find((g) => g.envelope.id === stock.id)!.envelope.data).toEqual({ sku: 'TS-1', available: 4, onHand: 6, reserved: 2 });
    expect(annC.got.find((g) => g.envelope.id === annOrder.id)).toEqual({ type: 'order.created', envelope: { id: annOrder.id, type: 'order.created', createdAt: annOrder.createdAt, data: { id: 'o1', userId: ann.id, total: 1200 } } });
  });
});
