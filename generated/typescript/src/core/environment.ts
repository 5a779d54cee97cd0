// Runtime file copied verbatim by sdkgen. Do not edit.
/** What the client reads from where it runs: environment variables, and whether it is a browser. */

/** An environment variable, trimmed; undefined when unset, blank, or there is no environment. */
export function readEnv(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = process?.env?.[name]?.trim();
  return value ? value : undefined;
}

/** Whether the client runs in a browser-like environment (a window, its document, a navigator). */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return scope.window !== undefined && scope.window.document !== undefined && scope.navigator !== undefined;
}

/** Why a client of class `name` refuses to run in a browser unless allowed. */
export function browserMessage(name: string): string {
  return (
    "It looks like you're running in a browser-like environment.\n\n" +
    'This is disabled by default, as it risks exposing your secret API credentials to attackers.\n' +
    'If you understand the risks and have appropriate mitigations in place,\n' +
    'you can set the `dangerouslyAllowBrowser` option to `true`, e.g.,\n\n' +
    `new ${name}({ apiKey, dangerouslyAllowBrowser: true });\n\n` +
    'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety\n'
  );
}
