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
/** In-between widths for `srcset`, so a phone does not download the 1200 px medium. */
export const RESPONSIVE_PX = [640, 960] as const;
/** `<hash>.webp`, `<hash>-thumb.webp` or `<hash>-<width>.webp`: the only names /media/ serves. */
export const MEDIA_FILE = /^[a-f0-9]{40}(-thumb|-640|-960)?\.webp$/;

export const mediaUrl = (hash: string) => `/media/${hash}.webp`;
export const thumbUrl = (hash: string) => `/media/${hash}-thumb.webp`;

/** The `srcset` of an image whose medium is `width` px wide: every stored size narrower than it, then the medium. */
export function srcsetFor(hash: string, width: number): string {
  const sizes = [[THUMB_PX, thumbUrl(hash)] as const, ...RESPONSIVE_PX.map((w) => [w, `/media/${hash}-${w}.webp`] as const)].filter(([w]) => w < width);
  return [...sizes.map(([w, url]) => `${url} ${w}w`), `${mediaUrl(hash)} ${width}w`].join(', ');
}

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
        for (const w of RESPONSIVE_PX) if (w < info.width) await write(source.clone().resize({ width: w }).webp({ quality: 80 }), join(dir, `${hash}-${w}.webp`));
        return { hash, width: info.width, height: info.height };
      } catch (err) {
        if (err instanceof DomainError) throw err;
        throw new DomainError('unprocessable', 'The image could not be decoded; upload a valid JPEG, PNG or WebP file');
      }
    },

    path(file: string): string | null {
      return MEDIA_FILE.test(file) ? join(dir, file) : null;
    },

    /**
     * The path of a media file, making a responsive size from the medium on first request when
     * the image was stored before that size existed; null when there is no such image.
     */
    async ensure(file: string): Promise<string | null> {
      const path = this.path(file);
      if (!path) return null;
      if (existsSync(path)) return path;
      const m = /^([a-f0-9]{40})-(\d+)\.webp$/.exec(file);
      const medium = m ? join(dir, `${m[1]}.webp`) : null;
      if (!m || !medium || !existsSync(medium)) return null;
      const sharp = await loadSharp();
      await write(sharp(medium).resize({ width: Number(m[2]), withoutEnlargement: true }).webp({ quality: 80 }), path);
      return path;
    },
  };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
