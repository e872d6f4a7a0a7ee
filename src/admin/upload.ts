/**
 * What the admin does to a photo before it is written: a phone photo carries EXIF (where it was taken, to the
 * metre; the camera; the owner's name), and the original file is kept in the repository. The photo is decoded,
 * turned the way EXIF says it is held, and written again without any metadata: JPEG and WebP at quality 92, PNG
 * losslessly. The site's own copies (astro:assets) never had metadata; this covers the original.
 */
import sharp from 'sharp';

const QUALITY = 92;

/** The photo's bytes without metadata, in the same format; undefined when they cannot be read as a photo. */
export async function withoutMetadata(bytes: Buffer): Promise<Buffer | undefined> {
  try {
    const image = sharp(bytes, { failOn: 'error' });
    const { format } = await image.metadata();
    const upright = image.rotate();
    if (format === 'jpeg') return await upright.jpeg({ quality: QUALITY, mozjpeg: true }).toBuffer();
    if (format === 'webp') return await upright.webp({ quality: QUALITY }).toBuffer();
    if (format === 'png') return await upright.png({ compressionLevel: 9 }).toBuffer();
    return undefined;
  } catch {
    return undefined;
  }
}
