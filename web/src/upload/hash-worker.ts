/// <reference lib="webworker" />
/** SHA-256 of a file off the main thread, so hashing a 500-file folder keeps the page responsive. */
export interface HashRequest {
  id: number;
  file: Blob;
}
export type HashResponse = { id: number; sha256: string } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashResponse): void;
};

scope.onmessage = async (event) => {
  const { id, file } = event.data;
  try {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    scope.postMessage({ id, sha256: hex });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
