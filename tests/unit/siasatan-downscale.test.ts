// Why: the size a document photo is shrunk to, and the money and size labels next to it, must be exactly what officers expect.
import { describe, expect, it } from "vitest";
import { fitWithin, jpegName, MAX_IMAGE_SIDE } from "../../shared/domain/images";
import { formatMoney, numberOr0 } from "../../renderer/features/ppr/siasatan/format";
import { formatBytes } from "../../renderer/app/format";

describe("fitWithin", () => {
  it("shrinks a landscape photo so its width is 1600 px, keeping proportions", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200, scaled: true });
    expect(fitWithin(2400, 1200)).toEqual({ width: 1600, height: 800, scaled: true });
  });
  it("shrinks a portrait photo so its height is 1600 px", () => {
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600, scaled: true });
  });
  it("never enlarges a small image and leaves one exactly at the limit alone", () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600, scaled: false });
    expect(fitWithin(MAX_IMAGE_SIDE, 900)).toEqual({ width: 1600, height: 900, scaled: false });
  });
  it("keeps very thin images at least one pixel wide", () => {
    expect(fitWithin(10000, 2)).toEqual({ width: 1600, height: 1, scaled: true });
  });
  it("takes another limit and refuses empty sizes", () => {
    expect(fitWithin(1000, 500, 100)).toEqual({ width: 100, height: 50, scaled: true });
    expect(fitWithin(0, 500)).toEqual({ width: 0, height: 0, scaled: false });
    expect(fitWithin(Number.NaN, 500)).toEqual({ width: 0, height: 0, scaled: false });
  });
});

describe("jpegName", () => {
  it("gives a re-encoded image a .jpg name", () => {
    expect(jpegName("mykad.png")).toBe("mykad.jpg");
    expect(jpegName("slip.gaji.JPEG")).toBe("slip.gaji.jpg");
    expect(jpegName("gambar")).toBe("gambar.jpg");
    expect(jpegName(".png")).toBe("gambar.jpg");
  });
});

describe("formatters", () => {
  it("writes money as RM with thousands and two decimals", () => {
    expect(formatMoney(1234)).toBe("RM 1,234.00");
    expect(formatMoney(2589.5)).toBe("RM 2,589.50");
    expect(formatMoney(0)).toBe("RM 0.00");
    expect(formatMoney(-12.3)).toBe("-RM 12.30");
    expect(formatMoney(null)).toBe("—");
  });
  it("writes file sizes in B, KB and MB", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(72 * 1024)).toBe("72 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(1.25 * 1024 * 1024)).toBe("1.3 MB");
  });
  it("counts a field still being typed as zero", () => {
    expect(numberOr0("")).toBe(0);
    expect(numberOr0(12.5)).toBe(12.5);
    expect(numberOr0(Number.NaN)).toBe(0);
  });
});
