import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp, type TestUser } from '../helpers/app';

/** Issue 11 findings 2 and 3: sessions end at once, for HTTP and for sockets. */
let t: TestApp;
let admin: TestUser;
let base: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ t, users: [admin] } = await appWith('admin'));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t?.dispose();
});

const me = (token: string) => t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
const signIn = async (u: TestUser) => {
  const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: u.email, password: u.password } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { accessToken: string; refreshToken: string };
};
const patchUser = (id: string, payload: object) => t.app.inject({ method: 'PATCH', url: `/v1/admin/users/${id}`, headers: admin.auth, payload });

describe('finding 2: access tokens stop working when their session ends', () => {
  it('logout (by refresh token) → 401 from the next request; other sessions unaffected', async () => {
    const u = await t.login('customer');
    const other = await signIn(u);
    expect((await me(u.accessToken)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: u.refreshToken } })).statusCode).toBe(204);
    const res = await me(u.accessToken);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthorized');
    expect((await me(other.accessToken)).statusCode).toBe(200);
  });

  it('logout with only the bearer access token ends that session', async () => {
    const u = await t.login('customer');
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: u.auth })).statusCode).toBe(204);
    expect((await me(u.accessToken)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: u.refreshToken } })).statusCode).toBe(401);
  });

  it('refresh-token reuse revokes the family: the access tokens of that sign-in answer 401', async () => {
    const u = await t.login('customer');
    const first = await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: u.refreshToken } });
    const rotated = first.json().accessToken as string;
    expect((await me(rotated)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken: u.refreshToken } })).statusCode).toBe(401);
    expect((await me(rotated)).statusCode).toBe(401);
    expect((await me(u.accessToken)).statusCode).toBe(401);
  });

  it('a password change ends every other session; the caller stays signed in', async () => {
    const u = await t.login('customer');
    const other = await signIn(u);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/me', headers: u.auth, payload: { password: 'a completely new passphrase', currentPassword: u.password } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(other.accessToken)).statusCode).toBe(401);
    expect((await me(u.accessToken)).statusCode).toBe(200);
  });

  it('endAllSessions (the path password reset reuses) ends every session including the caller’s', async () => {
    const u = await t.login('customer');
    const other = await signIn(u);
    const ended = await t.services.identity.endAllSessions(u.id);
    expect(ended.length).toBe(2);
    expect((await me(u.accessToken)).statusCode).toBe(401);
    expect((await me(other.accessToken)).statusCode).toBe(401);
  });

  it('deactivation and role changes end the sessions', async () => {
    const staff = await t.login('staff');
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/products', headers: staff.auth })).statusCode).toBe(200);
    expect((await patchUser(staff.id, { role: 'customer' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/v1/admin/products', headers: staff.auth })).statusCode).toBe(401);
    expect((await me(staff.accessToken)).statusCode).toBe(401);

    const other = await t.login('staff');
    expect((await patchUser(other.id, { isActive: false })).statusCode).toBe(200);
    expect((await me(other.accessToken)).statusCode).toBe(401);
  });

  it('the revocation survives a cold cache: the database answers when the cache has no entry', async () => {
    const u = await t.login('customer');
    await t.app.inject({ method: 'POST', url: '/v1/auth/logout', payload: { refreshToken: u.refreshToken } });
    await t.platform.cache.del(`sid:${JSON.parse(Buffer.from(u.accessToken.split('.')[1], 'base64url').toString()).sid}`);
    expect((await me(u.accessToken)).statusCode).toBe(401);
  });
});

describe('finding 3: sockets lose their rights when the session or role changes', () => {
  const connect = async (token: string) => {
    const socket = io(base, { path: '/v1/realtime', transports: ['websocket'], auth: { token }, reconnection: false });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    return socket;
  };
  const disconnected = (s: Socket) => new Promise<string>((resolve) => (s.connected ? s.once('disconnect', (reason) => resolve(reason)) : resolve('already')));

  it('a demoted staff socket is dropped, a deactivated one too', async () => {
    const staff = await t.login('staff');
    const socket = await connect(staff.accessToken);
    const gone = disconnected(socket);
    await patchUser(staff.id, { role: 'customer' });
    expect(await gone).toBe('io server disconnect');

    const other = await t.login('staff');
    const s2 = await connect(other.accessToken);
    const gone2 = disconnected(s2);
    await patchUser(other.id, { isActive: false });
    expect(await gone2).toBe('io server disconnect');
  });

  it('logout drops the sockets of that session only; a revoked token cannot reconnect', async () => {
    const u = await t.login('customer');
    const second = await signIn(u);
    const mine = await connect(u.accessToken);
    const other = await connect(second.accessToken);
    const gone = disconnected(mine);
    await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: u.auth });
    expect(await gone).toBe('io server disconnect');
    expect(other.connected).toBe(true);
    await expect(connect(u.accessToken)).rejects.toThrow(/unauthorized/);
  });
});
