/**
 * A diagram picture as a PNG: the report's SVG (the same drawing, with threat badges) is loaded
 * into an image from a Blob URL, drawn onto a canvas at twice its size so it stays sharp on
 * slides and high-density screens, and encoded. The page's CSP allows `img-src blob:`.
 */
import type { DiagramPicture } from '../../../shared/report/svg/diagramSvg';

/** How many canvas pixels per SVG unit. */
export const PNG_SCALE = 2;

/** The largest side a canvas may have in Chromium; bigger diagrams are scaled down to fit. */
const MAX_CANVAS_SIDE = 16_384;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the diagram picture could not be drawn'));
    image.src = url;
  });
}

/** Draws the picture on a white canvas and returns the PNG file. */
export async function renderDiagramPng(picture: DiagramPicture, scale = PNG_SCALE): Promise<Blob> {
  const fit = Math.min(scale, MAX_CANVAS_SIDE / picture.width, MAX_CANVAS_SIDE / picture.height);
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(picture.width * fit));
    canvas.height = Math.max(1, Math.round(picture.height * fit));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this window cannot draw pictures');

    // The SVG has no background of its own; a PNG on a dark slide must still read.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file's bytes as base64, the way the host takes a picture. */
export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices, so a large picture does not overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
