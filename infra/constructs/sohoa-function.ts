/**
 * The one way sohoa builds a Lambda function: Node.js 22 on the configured architecture, X-Ray tracing,
 * its own log group with the configured retention, its own role with no managed policies, ESM bundle
 * with the local esbuild, and the packages its composition loads from disk (bundling.ts copiedModulesOf)
 * with their Linux binaries for that architecture.
 */
import { Annotations, type Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  binariesManifest,
  copiedModulesOf,
  copyCommands,
  installCommand,
  missingBinaries,
  NEVER_INLINED,
  planCopy,
} from '../bundling.ts';
import type { SohoaConfig } from '../config.ts';
import { entryPath, type FunctionName, REPO_ROOT } from '../functions.ts';

export interface SohoaFunctionProps {
  readonly name: FunctionName;
  readonly description: string;
  readonly environment: Record<string, string>;
  /** Architecture, OCR engine (what extract copies) and log retention. */
  readonly config: Pick<SohoaConfig, 'architecture' | 'ocrEngine' | 'logRetentionDays'>;
  readonly memorySize?: number;
  readonly timeout: Duration;
  readonly reservedConcurrentExecutions?: number;
  /** Extra files copied next to the bundle: `[absolute source, file name in the asset]`. */
  readonly extraFiles?: readonly (readonly [string, string])[];
}

export class SohoaFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SohoaFunctionProps) {
    super(scope, id);
    const { architecture, ocrEngine, logRetentionDays } = props.config;
    const copied = copiedModulesOf(props.name, ocrEngine);
    const plan = planCopy(copied, architecture);
    const missing = missingBinaries(plan);
    // Bundling runs inside `new NodejsFunction`: refuse before it, and only when this stack is bundled
    // (tests and `cdk synth --exclusively` of another stack skip bundling and need no binary).
    if (missing.length > 0 && Stack.of(this).bundlingRequired) {
      throw new Error(
        `sohoa ${props.name} function (${architecture}): node_modules lacks the Linux ${architecture} binaries ` +
          `${missing.map((b) => `${b.name}@${b.version}`).join(', ')} that it loads on Lambda. ` +
          `Install them with:\n  ${installCommand(missing)}\n` +
          `or set "architecture" in cdk.json to the host's (docs/deploy.md, "Native modules").`,
      );
    }
    const native = binariesManifest(plan);
    if (native.binaries.length > 0) {
      Annotations.of(this).addInfo(`sohoa ${props.name} (${architecture}) ships ${native.binaries.join(', ')}`);
    }
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs only to its own group.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `sohoa ${props.name} function`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    const extraFiles = props.extraFiles ?? [];
    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      entry: entryPath(props.name),
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: architecture === 'arm64' ? lambda.Architecture.ARM_64 : lambda.Architecture.X86_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      role: this.role,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        POWERTOOLS_SERVICE_NAME: `sohoa-${props.name}`,
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}/package-lock.json`,
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        // CommonJS dependencies call require(); an ESM bundle has none unless we create it.
        banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
        // The SDK is bundled: the exact version the tests ran, not whatever the runtime ships.
        externalModules: [...new Set([...copied.map((m) => m.name), ...NEVER_INLINED])],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...copyCommands(plan, inputDir, outputDir),
            ...extraFiles.map(([source, name]) => `cp "${source}" "${outputDir}/${name}"`),
            ...(native.binaries.length > 0
              ? [`echo '${JSON.stringify(native)}' > "${outputDir}/native-binaries.json"`]
              : []),
          ],
        },
      },
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is fixed on purpose (DESIGN.md toolchain): the code is tested on Node 20/22; moving to a newer runtime is a deliberate, tested upgrade.',
    });
    // X-Ray's PutTraceSegments/PutTelemetryRecords have no resource-level permissions.
    const policy = this.role.node.tryFindChild('DefaultPolicy');
    if (policy) {
      Validations.of(policy).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments and PutTelemetryRecords support only Resource "*" (active tracing).',
      });
    }
  }
}
