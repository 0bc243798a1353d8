// Lambda entry: configuration is validated and clients are created once, at cold start.
import { textractCollectHandlerFromEnv } from '#shared/composition/aws/textract-collect.ts';

export const handler = textractCollectHandlerFromEnv();
