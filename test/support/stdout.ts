/**
 * What a piece of code writes to this process's stdout and stderr, line by line, as Lambda would ship it to
 * CloudWatch Logs: Powertools Metrics (EMF) and Logger both write there through their own `Console`, so the
 * capture sees exactly their output, without reaching into either.
 */
import { vi } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: JSON lines under test
type Json = any;

export interface Written {
  stdout: string[];
  stderr: string[];
  /** stdout's lines that are JSON objects. */
  json: Json[];
  /** stdout's embedded metric format lines (those with `_aws.CloudWatchMetrics`). */
  emf: Json[];
}

const lines = (chunks: string[]) =>
  chunks
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '');

function parse(line: string): Json | null {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** Runs `fn` with stdout and stderr captured (and kept off the test output); restores both after. */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T } & Written> {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(text(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(text(chunk));
    return true;
  });
  try {
    const result = await fn();
    const json = lines(out)
      .map(parse)
      .filter((v) => v !== null);
    return {
      result,
      stdout: lines(out),
      stderr: lines(err),
      json,
      emf: json.filter((v) => Array.isArray(v._aws?.CloudWatchMetrics)),
    };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
