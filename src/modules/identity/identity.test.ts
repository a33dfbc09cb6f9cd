import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith, type TestApp } from '../../../test/helpers/app';

let t: TestApp;
beforeAll(async () => ({ t } = await appWith()));
afterAll(() => t?.dispose());

describe('auth', () => {
  it('registers a customer and reads /v1/me', async () => {
    const reg = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email: 'Ann@Example.com', password: 'correct horse', name: 'Ann' } });
    expect(reg.statusCode).toBe(201);
    const body = reg.json();
    expect(body.user).toMatchObject({ email: 'Ann@Example.com', role: 'customer', isActive: true });
    expect(body.user).not.toHaveProperty('passwordHash');
    const me = await t.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${body.accessToken}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'Ann@Example.com', name: 'Ann', role: 'customer' });
  });

  it('refuses unknown fields, so nobody registers as admin', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email: 'x@example.com', password: 'sturdy password 1', name: 'X', role: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'role' }] });
  });

  it('answers a duplicate email with 409 email_taken', async () => {
    const payload = { email: 'dup@example.com', password: 'sturdy password 1', name: 'D' };
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload })).statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { ...payload, email: 'DUP@example.com' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('email_taken');
  });
});
