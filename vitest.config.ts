import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fault-injection soak (SIGKILL of a whole local stack) crashed once under CI load on an S3 500 from
    // s3rver after the kill; until that is understood it runs on its own: `npm run test:soak`, `npm run bench -- soak`.
    exclude: ['**/node_modules/**', ...(process.env.SOHOA_SOAK ? [] : ['test/integration/soak.test.ts'])],
    pool: 'forks',
    // OCR and the local stack are real (tesseract.js, dynalite, s3rver): generous but bounded.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
