/**
 * Proxy base classes: `load()` in all its forms, PropertyNotLoaded on reads that were not loaded and
 * synced, null objects (`isNullObject`), collections (`items`, `getCount()`), ClientResult.
 */
import { fail } from '../errors';
import { jsonSize, type Exec, type MemoryRequestContext, type Op } from './context';

export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadSpec>;
}

const emptySpec = (all = false): LoadSpec => ({ all, props: new Set(), navs: new Map() });

function addPath(spec: LoadSpec, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return;
  let cur = spec;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = cur.navs.get(parts[i]);
    if (!next) cur.navs.set(parts[i], (next = emptySpec()));
    cur = next;
  }
  const last = parts[parts.length - 1];
  if (last === '*' || last === '$all') cur.all = true;
  else cur.props.add(last);
}

function addTree(spec: LoadSpec, tree: Record<string, unknown>, prefix: string): void {
  for (const [k, v] of Object.entries(tree)) {
    if (k === '$all' && v) addPath(spec, prefix + '*');
    else if (k === '$top' || k === '$skip' || k === '$all') continue;
    else if (v && typeof v === 'object') addTree(spec, v as Record<string, unknown>, `${prefix}${k}/`);
    else if (v) addPath(spec, prefix + k);
  }
}

/** `load()`, `load('a, b/c')`, `load(['a'])`, `load({ select, expand })`, `load({ a: true, b: { c: true } })`. */
export function parseLoad(arg: unknown): LoadSpec {
  const spec = emptySpec();
  const strings = (v: unknown): string[] => (typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v.flatMap(strings) : []);
  if (arg === undefined || arg === null) spec.all = true;
  else if (typeof arg === 'string' || Array.isArray(arg)) strings(arg).forEach((p) => addPath(spec, p));
  else if (typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      strings(o.select).forEach((p) => addPath(spec, p));
      strings(o.expand).forEach((p) => addPath(spec, `${p.trim()}/*`));
      if (o.select === undefined) spec.all = true;
    } else addTree(spec, o, '');
  } else fail('InvalidArgument', `Argument de load() invalide : ${String(arg)}.`);
  return spec;
}

export function notLoaded(name: string, owner: string): never {
  return fail(
    'PropertyNotLoaded',
    `La propriété « ${name} » de ${owner} n'est pas disponible : appeler load("${name}") puis context.sync() avant de la lire.`,
  );
}

export abstract class ClientObject {
  private readonly _loaded = new Map<string, unknown>();
  private _isNull: boolean | undefined;
  /** Scalar properties that `load()` can fetch. */
  protected abstract readonly _scalars: readonly string[];
  /** Whether this object comes from a `...OrNullObject` method. */
  protected readonly _nullable: boolean;

  constructor(
    readonly context: MemoryRequestContext,
    nullable = false,
  ) {
    this._nullable = nullable;
    if (nullable) {
      context.enqueue({ bytes: 0, write: false, run: (x) => {
        const ok = this._check(x);
        x.onCommit(() => (this._isNull = !ok));
      } });
    }
  }

  /** Resolves the target at execution time: false for a null object; throws ItemNotFound otherwise. */
  abstract _check(x: Exec): boolean;
  /** Value of a scalar property at execution time (target already resolved). */
  protected abstract _read(name: string, x: Exec): unknown;
  /** Navigation properties usable in load paths. */
  protected _nav(_name: string): ClientObject | undefined {
    return undefined;
  }

  protected get _typeName(): string {
    return this.constructor.name.replace(/Proxy$/, '');
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) return notLoaded('isNullObject', this._typeName);
    return this._isNull;
  }

  load(arg?: unknown): this {
    const spec = parseLoad(arg);
    this.context.enqueue({ bytes: jsonSize(arg ?? null), write: false, run: (x) => this._execLoad(spec, x), needs: (x) => this._needs(spec, x) });
    return this;
  }

  /** Formula cells a load will read (ranges override). */
  _needs(_spec: LoadSpec, _x: Exec): import('../calc/engine').CalcRequest[] {
    return [];
  }

  _execLoad(spec: LoadSpec, x: Exec): void {
    if (!this._check(x)) return;
    const names = spec.all ? [...this._scalars] : [...spec.props];
    for (const name of names) {
      if (name === 'isNullObject') continue;
      if (this._scalars.includes(name)) {
        const v = this._read(name, x);
        x.respond(v);
        x.onCommit(() => this._loaded.set(name, v));
        continue;
      }
      const nav = this._nav(name);
      if (!nav) fail('InvalidArgument', `Propriété inconnue pour ${this._typeName} : « ${name} ».`);
      nav._execLoad(emptySpec(true), x);
    }
    for (const [name, sub] of spec.navs) {
      const nav = this._nav(name);
      if (!nav) fail('InvalidArgument', `Propriété de navigation inconnue pour ${this._typeName} : « ${name} ».`);
      nav._execLoad(sub, x);
    }
  }

  private _children: Map<string, unknown> | undefined;

  /** Navigation properties return the same child object every time (as in Office.js). */
  protected _child<T>(key: string, make: () => T): T {
    if (!this._children) this._children = new Map();
    let c = this._children.get(key) as T | undefined;
    if (c === undefined) this._children.set(key, (c = make()));
    return c;
  }

  protected _store(name: string, v: unknown): void {
    this._loaded.set(name, v);
  }

  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) return notLoaded(name, this._typeName);
    return this._loaded.get(name) as T;
  }

  /** Queues a property write; reading it again needs load + sync (as in Excel). */
  protected _set(name: string, value: unknown, apply: (x: Exec) => void): void {
    this._loaded.delete(name);
    this._op({ [name]: value }, apply);
  }

  /** Queues a method call (or any change). */
  protected _op(payload: unknown, apply: (x: Exec) => void): void {
    const op: Op = { bytes: jsonSize(payload), write: true, run: (x) => {
      if (this._check(x)) apply(x);
    } };
    this.context.enqueue(op);
  }

  /** Queues a read returning a ClientResult. */
  protected _result<T>(compute: (x: Exec) => T): ClientResult<T> {
    const res = new ClientResult<T>();
    this.context.enqueue({ bytes: 0, write: false, run: (x) => {
      if (!this._check(x)) return;
      const v = compute(x);
      x.respond(v);
      x.onCommit(() => res._set(v));
    } });
    return res;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

export class ClientResult<T> {
  private _has = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._has) return notLoaded('value', 'ClientResult');
    return this._value as T;
  }

  _set(v: T): void {
    this._has = true;
    this._value = v;
  }
}

/** Collections: `items` (loaded with their own load spec), `getCount()`, `load('name')` = `items/name`. */
export abstract class CollectionProxy<T extends ClientObject> extends ClientObject {
  protected readonly _scalars: readonly string[] = [];
  private _items: T[] | undefined;

  /** Item proxies for the current state (execution time). */
  protected abstract _list(x: Exec): T[];

  get items(): T[] {
    if (!this._items) return notLoaded('items', this._typeName);
    return this._items;
  }

  protected _read(name: string, _x: Exec): unknown {
    return notLoaded(name, this._typeName);
  }

  override _execLoad(spec: LoadSpec, x: Exec): void {
    if (!this._check(x)) return;
    const items = this._list(x);
    const sub = emptySpec(spec.all);
    for (const p of spec.props) {
      if (p === 'isNullObject') continue;
      if (p === 'items') sub.all = true;
      else if (this._scalars.includes(p)) {
        const v = this._read(p, x);
        x.respond(v);
        x.onCommit(() => this._store(p, v));
      } else sub.props.add(p);
    }
    for (const [k, v] of spec.navs) {
      if (k === 'items') {
        v.props.forEach((p) => sub.props.add(p));
        v.navs.forEach((n, name) => sub.navs.set(name, n));
        if (v.all) sub.all = true;
      } else sub.navs.set(k, v);
    }
    if (!sub.all && sub.props.size === 0 && sub.navs.size === 0) sub.all = true;
    for (const it of items) it._execLoad(sub, x);
    x.onCommit(() => (this._items = items));
  }

  getCount(): ClientResult<number> {
    return this._result((x) => this._list(x).length);
  }
}
