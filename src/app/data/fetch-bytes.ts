/**
 * Fetching a data file's bytes, on the main thread or in a worker: a file the server does not
 * have is missing, and so is an HTML page in its place (a static server without the file,
 * such as `vite preview`, answers with the app's index.html).
 */

/** The file is not served. */
export interface Missing {
  status: "missing";
  file: string;
}

/** A declared JSON type (`application/json`, `application/x+json`). */
export const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/** Whether a body is an HTML page rather than data (`<!doctype html>`, `<html>`). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 64).replace(/^\uFEFF/, ""));
}

/** The response for `file` at `url`, once its headers are in; missing when the server has no
 * such file or answers with a page. */
export async function open(url: string, file: string): Promise<Response | Missing> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { status: "missing", file };
  }
  if (!response.ok) return { status: "missing", file };
  const type = response.headers.get("content-type") ?? "";
  if (/^text\/html\b/i.test(type)) return { status: "missing", file };
  return response;
}

/** The bytes of an opened file; missing when they cannot be read or are an HTML page. */
export async function readBytes(
  response: Response | Missing,
  file: string,
): Promise<ArrayBuffer | Missing> {
  if (!(response instanceof Response)) return response;
  const bytes = await response.arrayBuffer().then(
    (body) => body,
    () => null,
  );
  if (!bytes) return { status: "missing", file };
  const type = response.headers.get("content-type") ?? "";
  // An HTML page served as something else is missing data too.
  if (!JSON_TYPE.test(type) && looksLikeHtml(new TextDecoder().decode(bytes.slice(0, 256))))
    return { status: "missing", file };
  return bytes;
}

/** The bytes of `file` at `url`, or why they are missing. */
export async function fetchBytes(url: string, file: string): Promise<ArrayBuffer | Missing> {
  return readBytes(await open(url, file), file);
}
