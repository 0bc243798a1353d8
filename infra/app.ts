/** `cdk synth` / `cdk deploy` entry (cdk.json: `npx tsx infra/app.ts`). */
import { buildApp } from './sohoa-app.ts';

buildApp().app.synth();
