import sharp from 'sharp';
import {shareCardSvg} from '../lib/share-card.ts';

/** The share image of pages that are not stories. */
export async function GET() {
  const svg = shareCardSvg({
    kicker: 'Data stories',
    title: 'Crime, trafficking, organised crime and contract violence in Norway, from the official statistics'
  });
  const png = await sharp(Buffer.from(svg)).png({compressionLevel: 9}).toBuffer();
  return new Response(new Uint8Array(png), {headers: {'Content-Type': 'image/png'}});
}
