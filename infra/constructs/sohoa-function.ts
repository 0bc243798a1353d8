/**
 * The one way sohoa builds a Lambda function: Node.js 22 on arm64, X-Ray tracing, its own log group with
 * the configured retention, its own role with no managed policies, ESM bundle with the local esbuild.
 */
import { type Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { type CopiedModule, copyCommands, NEVER_INLINED, planCopy } from '../bundling.ts';
import { entryPath, type FunctionName, REPO_ROOT } from '../functions.ts';

export interface SohoaFunctionProps {
  readonly name: FunctionName;
  readonly description: string;
  readonly environment: Record<string, string>;
  readonly logRetentionDays: number;
  readonly memorySize?: number;
  readonly timeout: Duration;
  readonly reservedConcurrentExecutions?: number;
  /** Packages copied into the asset instead of bundled (see bundling.ts). */
  readonly copiedModules?: readonly CopiedModule[];
  /** Extra files copied next to the bundle: `[absolute source, file name in the asset]`. */
  readonly extraFiles?: readonly (readonly [string, string])[];
}

export class SohoaFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SohoaFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetentionDays as logs.RetentionDays,
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

    const copied = props.copiedModules ?? [];
    const plan = planCopy(copied);
    const extraFiles = props.extraFiles ?? [];
    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      entry: entryPath(props.name),
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
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
          ],
        },
      },
    });
    if (plan.missingBinaries.length > 0) {
      Validations.of(this).addWarning(
        'sohoa:MissingArm64Binary',
        `${props.name}: node_modules lacks ${plan.missingBinaries.join(', ')}; install them before deploying (docs/deploy.md, "Native modules").`,
      );
    }

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
