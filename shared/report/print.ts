/**
 * What a printer needs to turn the HTML report into a PDF, for the CLI (headless Chromium) and
 * the desktop app (a hidden, sandboxed window with scripts off). The page itself carries its paper
 * size, margins and page numbers in CSS, so any Chromium prints it the same way; these settings
 * only ask the printer to honour them.
 */
import { PAGE_SIZES, type PageSize } from './formats/htmlStyles';

export { PAGE_SIZES, type PageSize };

export interface ReportPrintSettings {
  pageSize: PageSize;
  /** Use the page's own `@page` size and margins, which hold the page-number footer. */
  preferCSSPageSize: true;
  /** Band colours and table shading are part of the report, so backgrounds print. */
  printBackground: true;
  /** The page draws its own footer; the printer's default header and footer stay off. */
  displayHeaderFooter: false;
}

/** Print settings for a paper size; the shape fits both Electron's and Playwright's print calls. */
export function reportPrintSettings(pageSize: PageSize = 'A4'): ReportPrintSettings {
  return { pageSize, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false };
}

/** The paper size named by a user, case-insensitively, or null when it is not one we print. */
export function parsePageSize(value: string): PageSize | null {
  return PAGE_SIZES.find((size) => size.toLowerCase() === value.trim().toLowerCase()) ?? null;
}
