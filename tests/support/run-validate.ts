import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));

/** Runs `npm run validate`'s script on a project root, as a contributor would: its exit code and what it printed. */
export function runValidate(root: string, env: Record<string, string> = {}): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [script, root], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } }) };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}
