import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputInfo, Sharp } from 'sharp';
import { DomainError } from '../../platform/errors';

// Loaded on the first upload, not at start: libvips costs tens of MB a server may never need.
const loadSharp = async () => (await import('sharp')).default;

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp']);
const MEDIUM_PX = 1200;
const THUMB_PX = 320;
/** `<hash>.webp` or `<hash>-thumb.webp`: the only names /media/ serves. */
export const MEDIA_FILE = /^[a-f0-9]{40}(-thumb)?\.webp$/;

export interface StoredImage {
  hash: string;
  width: number;
  height: number;
}

/** Images by content hash under `<dataDir>/media`: the same bytes are stored (and resized) once. */
export function createMediaStore(dataDir: string) {
  const dir = join(dataDir, 'media');
  mkdirSync(dir, { recursive: true });

  async function write(pipeline: Sharp, path: string): Promise<OutputInfo> {
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
      const info = await pipeline.toFile(tmp);
      await rename(tmp, path);
      return info;
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  return {
    dir,

    /** Sniffs the type from the bytes (JPEG, PNG, WebP; else 415), then writes a medium and a thumbnail WebP. */
    async store(bytes: Buffer): Promise<StoredImage> {
      const type = await (await import('file-type')).fileTypeFromBuffer(bytes);
      if (!type || !ACCEPTED.has(type.mime)) {
        throw new DomainError('unsupported_media_type', `Upload a JPEG, PNG or WebP image${type ? ` (got ${type.mime})` : ''}`);
      }
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 40);
      const medium = join(dir, `${hash}.webp`);
      const thumb = join(dir, `${hash}-thumb.webp`);
      const sharp = await loadSharp();
      try {
        if (existsSync(medium) && existsSync(thumb)) {
          const meta = await sharp(medium).metadata();
          return { hash, width: meta.width ?? 0, height: meta.height ?? 0 };
        }
        const source = sharp(bytes, { limitInputPixels: 50_000_000 }).rotate();
        const info = await write(source.clone().resize({ width: MEDIUM_PX, height: MEDIUM_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }), medium);
        await write(source.clone().resize({ width: THUMB_PX, height: THUMB_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }), thumb);
        return { hash, width: info.width, height: info.height };
      } catch (err) {
        if (err instanceof DomainError) throw err;
        throw new DomainError('unprocessable', 'The image could not be decoded; upload a valid JPEG, PNG or WebP file');
      }
    },

    path(file: string): string | null {
      return MEDIA_FILE.test(file) ? join(dir, file) : null;
    },
  };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
