/**
 * What the client's trace shows of a message: its name and the size of its data,
 * never the data (documents, hovers and diagnostics quote claims, and claims hold
 * patient data). Kept apart from `private-client.ts` so tests can run it without
 * VS Code.
 */

/** The stand-in for a message's data in a text trace. */
export function withheld(data: unknown): string {
  const text = typeof data === 'string' ? data : (JSON.stringify(data ?? null) ?? '');
  const size = text.length;
  return `(${size} characters of message data withheld: claims may hold patient data)`;
}

/**
 * A JSON-format trace entry (`"claimCoding.trace.server": { "format": "json" }`)
 * carries the whole message; this keeps its kind, method and id only.
 */
export function withheldTraceObject(data: unknown): string {
  const entry = isObject(data) ? data : {};
  const message = isObject(entry.message) ? entry.message : {};
  const kind = typeof entry.type === 'string' ? entry.type : 'message';
  const method = typeof message.method === 'string' ? ` ${message.method}` : '';
  const hasId = typeof message.id === 'number' || typeof message.id === 'string';
  const id = hasId ? ` (${String(message.id)})` : '';
  return `${kind}${method}${id} ${withheld(message)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
