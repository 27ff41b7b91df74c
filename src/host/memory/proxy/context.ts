/**
 * The request context: proxies queue operations; `sync()` runs the whole batch atomically (payload
 * limits checked, everything rolled back on error) and only then publishes the loaded values.
 */
import type { CalcRequest, Calc } from '../calc/engine';
import { asHostError, fail, HostError } from '../errors';
import type { WorkbookModel } from '../model/workbook-model';
import type { ApiChange } from './events';
import type { WorkbookProxy } from './workbook';

export interface SyncStats {
  syncs: number;
  requests: Array<{ requestBytes: number; responseBytes: number }>;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalBytes: number;
}

export type ChangeHandler = (args: unknown) => unknown;

/** What the proxies need from the host (implemented by MemoryWorkbook). */
export interface HostCore {
  readonly model: WorkbookModel;
  readonly calc: Calc;
  readonly stats: SyncStats;
  payloadLimit: number;
  addChangeHandler(sheetId: string, handler: ChangeHandler): void;
  removeChangeHandler(sheetId: string, handler: ChangeHandler): void;
  /** True when `onChanged` handlers are registered on the sheet (changes are then recorded). */
  hasChangeHandlers(sheetId: string): boolean;
  /** Delivers the changes of a committed batch to the handlers (after the sync has returned). */
  raiseApiChanges(changes: readonly ApiChange[]): void;
  createWorkbookProxy(ctx: MemoryRequestContext): WorkbookProxy;
}

export interface Op {
  /** JSON size of what the op sends (values written, method arguments). */
  bytes: number;
  /** Changes the workbook (a read-only op can share one formula evaluation with its neighbours). */
  write: boolean;
  run(x: Exec): void;
  /** Formula cells the op will read (so one evaluation covers a run of loads). */
  needs?(x: Exec): CalcRequest[];
}

/** UTF-8 byte length of the JSON text of `v`. */
export function jsonSize(v: unknown): number {
  if (v === undefined) return 0;
  const s = JSON.stringify(v);
  if (s === undefined) return 0;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.length;
  return new TextEncoder().encode(s).length;
}

function payloadError(which: 'requête' | 'réponse', bytes: number, limit: number): HostError {
  return new HostError(
    'RequestPayloadSizeLimitExceeded',
    `La taille de la ${which} (${bytes} octets) dépasse la limite de ${limit} octets : découper le traitement en plusieurs sync().`,
    'Context.sync',
  );
}

/** State of one batch while it runs. */
export class Exec {
  responseBytes = 0;
  readonly commits: Array<() => void> = [];
  readonly rollbacks: Array<() => void> = [];
  /** Data changes on watched sheets, raised as `onChanged` events once the batch is committed. */
  readonly events: ApiChange[] = [];

  constructor(readonly host: HostCore) {}

  get wb(): WorkbookModel {
    return this.host.model;
  }

  /** Accounts for a loaded value; throws when the response would exceed the limit. */
  respond(value: unknown): void {
    this.reserve(jsonSize(value));
  }

  reserve(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > this.host.payloadLimit) throw payloadError('réponse', this.responseBytes, this.host.payloadLimit);
  }

  /** Fails fast for a value read that cannot fit (at least 3 bytes per cell: `"",`). */
  checkCells(cells: number): void {
    if (this.responseBytes + cells * 3 > this.host.payloadLimit) throw payloadError('réponse', this.responseBytes + cells * 3, this.host.payloadLimit);
  }

  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  onRollback(fn: () => void): void {
    this.rollbacks.push(fn);
  }
}

export class MemoryRequestContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo: Record<string, unknown> = {};
  private queue: Op[] = [];

  constructor(readonly host: HostCore) {
    this.workbook = host.createWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  load<T extends { load(arg?: unknown): unknown }>(obj: T, arg?: unknown): T {
    obj.load(arg);
    return obj;
  }

  /** Runs the queued batch: all or nothing. */
  sync<T>(passThrough?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    const stats = host.stats;
    const requestBytes = ops.reduce((s, op) => s + op.bytes, 0);
    const record = (responseBytes: number): void => {
      stats.syncs++;
      stats.requests.push({ requestBytes, responseBytes });
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      stats.totalBytes += requestBytes + responseBytes;
    };
    if (requestBytes > host.payloadLimit) {
      record(0);
      return Promise.reject(payloadError('requête', requestBytes, host.payloadLimit));
    }
    const x = new Exec(host);
    host.model.begin();
    try {
      for (let i = 0; i < ops.length; i++) {
        if (!ops[i].write && (i === 0 || ops[i - 1].write)) {
          const needs: CalcRequest[] = [];
          for (let k = i; k < ops.length && !ops[k].write; k++) needs.push(...(ops[k].needs?.(x) ?? []));
          if (needs.length) host.calc.prepare(needs);
        }
        ops[i].run(x);
      }
      host.model.commit();
    } catch (e) {
      host.model.rollback();
      for (const f of x.rollbacks) f();
      record(x.responseBytes);
      return Promise.reject(asHostError(e));
    }
    for (const f of x.commits) f();
    record(x.responseBytes);
    if (x.events.length > 0) host.raiseApiChanges(x.events);
    return Promise.resolve(passThrough as T);
  }
}

export function requireFunction(v: unknown, what: string): asserts v is (...a: unknown[]) => unknown {
  if (typeof v !== 'function') fail('InvalidArgument', `${what} : une fonction est attendue.`);
}
