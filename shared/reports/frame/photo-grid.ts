// Why: a document's photos are laid out one way everywhere: two to a row, each scaled to its cell keeping its aspect
// ratio, its caption under it, a row never split from the next.

import type { Paragraph as DocxParagraph } from "docx";

type Docx = typeof import("docx");
type Run = (
  text: string,
  o?: { bold?: boolean; italics?: boolean; size?: number },
) => InstanceType<Docx["TextRun"]>;

/** A photo as a document model carries it (JPEG bytes, pixel size, caption). */
export type FramePhoto = {
  /** The stored photo's id, so a copy of the model kept without the bytes can find them again. */
  photoId: string;
  data: Uint8Array;
  type: "jpg";
  width: number;
  height: number;
  caption: string;
};

/** Twips per pixel at 96 to the inch (docx image sizes are in such pixels). */
const TWIPS_PER_PX = 15;
/** The tallest a photo is printed (twips): two rows with captions fit under a heading on one page. */
const PHOTO_MAX_HEIGHT = Math.round(6.4 * 567);
const CELL_MARGIN = 80;
/** Half-points. */
const CAPTION_SIZE = 18;

/** Up to four photos in a 2 x 2 grid: each scaled to fit its cell keeping its aspect ratio, its caption under it. */
export function photoGrid(d: Docx, photos: readonly FramePhoto[], width: number, run: Run) {
  const half = Math.floor(width / 2);
  const maxW = (half - 2 * CELL_MARGIN - 40) / TWIPS_PER_PX;
  const maxH = PHOTO_MAX_HEIGHT / TWIPS_PER_PX;
  const photoCell = (p: FramePhoto | undefined) => {
    const paragraphs: DocxParagraph[] = [];
    if (p) {
      const scale = Math.min(maxW / Math.max(1, p.width), maxH / Math.max(1, p.height));
      paragraphs.push(
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          spacing: { before: 60, after: 60 },
          children: [
            new d.ImageRun({
              type: p.type,
              data: p.data,
              transformation: {
                width: Math.max(1, Math.round(p.width * scale)),
                height: Math.max(1, Math.round(p.height * scale)),
              },
              altText: { name: p.caption, description: p.caption, title: p.caption },
            }),
          ],
        }),
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          spacing: { before: 0, after: 60 },
          children: [run(p.caption, { italics: true, size: CAPTION_SIZE })],
        }),
      );
    } else paragraphs.push(new d.Paragraph({ children: [] }));
    return new d.TableCell({
      width: { size: half, type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlignTable.BOTTOM,
      margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
      children: paragraphs,
    });
  };
  const rows = [];
  for (let i = 0; i < photos.length; i += 2)
    rows.push(
      new d.TableRow({
        cantSplit: true,
        // The grid is kept on one page: a photo row never stands apart from the other.
        keepNext: i + 2 < photos.length,
        children: [photoCell(photos[i]), photoCell(photos[i + 1])],
      }),
    );
  return new d.Table({
    width: { size: half * 2, type: d.WidthType.DXA },
    columnWidths: [half, half],
    layout: d.TableLayoutType.FIXED,
    rows,
  });
}
