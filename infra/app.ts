/** `cdk synth` / `cdk deploy` entry (cdk.json: `npx tsx infra/app.ts`). */
import { ensureWebBuild } from '#local/web-build.ts';
import { buildApp } from './sohoa-app.ts';

// The distribution serves web/dist: build it when missing or stale (Vite, offline, a few seconds).
await ensureWebBuild({ log: (line) => console.error(line) });
buildApp().app.synth();
