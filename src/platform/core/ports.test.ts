import { describe, expect, it } from 'vitest';
import { port } from './ports';

describe('ports', () => {
  it('calls what the composition root provides, and names a port used too early', async () => {
    const lookup = port<(id: string) => Promise<string | null>>('orders.lookup');
    await expect(async () => lookup('a')).rejects.toThrow(/orders\.lookup was used before/);
    lookup.provide(async (id) => `order ${id}`);
    expect(await lookup('a')).toBe('order a');
    expect(() => lookup.provide(async () => null)).toThrow(/provided twice/);
    expect(lookup.portName).toBe('orders.lookup');
  });
});
