/** Launching Debian's Chromium through playwright-core, the same way for tests and benchmarks. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../ensure-chromium.mjs';

/** Playwright gives every launch a fresh temporary profile (user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}
