// Finds a Chromium for Playwright: $CHROME_PATH, then Playwright's own download, then Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const debianChromium = '/usr/bin/chromium';

/** @returns {string | undefined} path of a Chromium binary, or undefined when none is present */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, playwrightChromium(), debianChromium];
  return candidates.find((path) => path && existsSync(path));
}

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags Debian's Chromium needs here: root, no GPU, and no calls home on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
