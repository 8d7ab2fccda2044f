/** A picture's file extension from its content type (Word) or part name (PowerPoint). */
const BY_TYPE: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

/** "image/png" → "png"; a type not listed keeps what follows its slash, so the file still opens in something. */
export const pictureExtension = (contentType: string): string => BY_TYPE[contentType.toLowerCase()] ?? (contentType.split('/')[1]?.replace(/[^a-z0-9]/gi, '') || 'bin');

/** "ppt/media/image1.JPEG" → "jpg". */
export function extensionOfPart(part: string): string {
  const ext = (/\.([^./]+)$/.exec(part)?.[1] ?? 'bin').toLowerCase();
  return ext === 'jpeg' ? 'jpg' : ext;
}
