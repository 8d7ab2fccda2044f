/**
 * LibreOffice Impress as a second, independent reader of a .pptx: it renders the slides to a
 * PDF, which the tests then read word by word. Each run has a profile of its own, so that
 * two conversions at once (two test runs, a teacher's open LibreOffice) do not wait on, or
 * break, each other's profile lock.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts each file to a PDF in `outDir`, named as the file with .pdf; returns their paths.
 * One LibreOffice run converts them all: starting it is most of the time.
 */
export async function libreOfficePdfs(files: string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { timeout: 180_000 },
    ).catch((e: NodeJS.ErrnoException & { stderr?: string }) => {
      if (e.code === 'ENOENT') throw new Error('LibreOffice (soffice) is not installed: on Debian, apt-get install libreoffice-impress');
      throw e;
    });
    const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
    const missing = pdfs.filter((p) => !existsSync(p));
    if (missing.length > 0) throw new Error(`LibreOffice made no ${missing.join(', ')}:\n${stdout}\n${stderr}`);
    return pdfs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
