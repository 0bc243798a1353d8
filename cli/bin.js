#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader, so there is no build step between a change and `npx sohoa`.
import { register } from 'tsx/esm/api';

// The SDK versions are pinned and work on Node 20 (dev, CI); its notice about future releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('./main.ts');
await main(process.argv);
