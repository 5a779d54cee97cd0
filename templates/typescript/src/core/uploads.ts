/**
 * File uploads: what a caller may pass where the API takes a file, and the
 * `multipart/form-data` body built from a method's arguments. Arrays travel as repeated
 * `name[]` fields and nested objects as `name[key]` fields, as the Python target sends them.
 */

/** Raw bytes. */
export type FileData = Blob | ArrayBuffer | ArrayBufferView;

/** What a file argument accepts: a `File`/`Blob`, bytes, a fetched `Response`, or a named file. */
export type Uploadable = FileData | Response | NamedFile;

/** Bytes (or text) with the file name and, optionally, the media type to send them under. */
export interface NamedFile {
  data: FileData | string;
  filename: string;
  contentType?: string;
}

/**
 * A `File` from bytes, a `Blob`, a `Response` or a named file (or a promise of one), named
 * `name`; `options` are the `File`'s properties (`type`, `lastModified`), as openai-node's
 * `toFile` takes them. Without a name or type, the value's own are kept.
 */
export async function toFile(
  value: Uploadable | PromiseLike<Uploadable>,
  name?: string | null,
  options?: FilePropertyBag,
): Promise<File> {
  const resolved = await value;
  if (resolved instanceof Response) {
    const blob = await resolved.blob();
    const fallback = new URL(resolved.url || 'file:///upload').pathname.split('/').pop() || 'upload';
    return new File([blob], name ?? fallback, { type: blob.type, ...options });
  }
  if (isNamedFile(resolved)) {
    const type = resolved.contentType ?? '';
    return toFile(asBlob(resolved.data), name ?? resolved.filename, { type, ...options });
  }
  const fallback = resolved instanceof File ? resolved.name : 'upload';
  const type = resolved instanceof Blob ? resolved.type : '';
  return new File([asBlob(resolved)], name ?? fallback, { type, ...options });
}

/** Whether `value` is something `toFile` can upload (and not a plain JSON value). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof Response ||
    isNamedFile(value)
  );
}

/** The `multipart/form-data` body for `body`'s fields (`undefined` ones left out). */
export async function multipartBody(body: Readonly<Record<string, unknown>>): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    await addField(form, name, value);
  }
  return form;
}

async function addField(form: FormData, name: string, value: unknown): Promise<void> {
  if (value === undefined) {
    return;
  }
  if (isUploadable(value)) {
    const file = await toFile(value);
    form.append(name, file, file.name);
  } else if (Array.isArray(value)) {
    for (const item of value) {
      await addField(form, `${name}[]`, item);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      await addField(form, `${name}[${key}]`, item);
    }
  } else {
    form.append(name, value === null ? '' : String(value));
  }
}

function isNamedFile(value: unknown): value is NamedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    'filename' in value &&
    typeof value.filename === 'string'
  );
}

function asBlob(data: FileData | string): Blob {
  if (data instanceof Blob) {
    return data;
  }
  const part: BlobPart = typeof data === 'string' ? data : data instanceof ArrayBuffer ? data : copyView(data);
  return new Blob([part]);
}

function copyView(view: ArrayBufferView): ArrayBuffer {
  const copy = new Uint8Array(view.byteLength);
  copy.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return copy.buffer;
}
