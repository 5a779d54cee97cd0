// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * The headers that tell the API which client made a request: the language, the
 * package's version, and the operating system, CPU and runtime it runs on; none when
 * the SDK has no header prefix.
 */

import { HEADER_PREFIX } from './settings.js';
import { VERSION } from '../version.js';

interface NodeProcess {
  platform?: string;
  arch?: string;
  version?: string;
  versions?: { node?: string };
}

type Platform = Record<string, string>;

let detected: Platform | undefined;

/** The platform headers (computed once); none without a header prefix. */
export function platformHeaders(): Platform {
  detected ??= HEADER_PREFIX === null ? {} : detect(HEADER_PREFIX);
  return detected;
}

function detect(prefix: string): Platform {
  const process = (globalThis as { process?: NodeProcess }).process;
  const runtime =
    process?.versions?.node !== undefined
      ? { name: 'node', version: process.version ?? 'unknown', os: os(process.platform), arch: arch(process.arch) }
      : { name: 'unknown', version: 'unknown', os: 'Unknown', arch: 'unknown' };
  return {
    [`${prefix}-Lang`]: 'js',
    [`${prefix}-Package-Version`]: VERSION,
    [`${prefix}-OS`]: runtime.os,
    [`${prefix}-Arch`]: runtime.arch,
    [`${prefix}-Runtime`]: runtime.name,
    [`${prefix}-Runtime-Version`]: runtime.version,
  };
}

const OS_NAMES: Record<string, string> = {
  darwin: 'MacOS',
  linux: 'Linux',
  win32: 'Windows',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  android: 'Android',
  ios: 'iOS',
};

function os(platform: string | undefined): string {
  if (!platform) {
    return 'Unknown';
  }
  return OS_NAMES[platform] ?? `Other:${platform}`;
}

const ARCH_NAMES: Record<string, string> = {
  x32: 'x32',
  x64: 'x64',
  x86_64: 'x64',
  arm: 'arm',
  arm64: 'arm64',
  aarch64: 'arm64',
};

function arch(name: string | undefined): string {
  if (!name) {
    return 'unknown';
  }
  return ARCH_NAMES[name] ?? `other:${name}`;
}
