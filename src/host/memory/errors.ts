/** Errors shaped like Office.js `OfficeExtension.Error`: `code`, `message`, `debugInfo`. */

export type HostErrorCode =
  | 'InvalidArgument'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'GeneralException';

export interface HostDebugInfo {
  code: HostErrorCode;
  message: string;
  errorLocation?: string;
}

export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: HostErrorCode;
  readonly debugInfo: HostDebugInfo;

  constructor(code: HostErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function fail(code: HostErrorCode, message: string, errorLocation?: string): never {
  throw new HostError(code, message, errorLocation);
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}

/** Wraps an unexpected exception (a host bug) so that callers still get a `code`. */
export function asHostError(e: unknown, location?: string): HostError {
  if (e instanceof HostError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new HostError('GeneralException', `Erreur interne de l'hôte mémoire : ${msg}`, location);
}
