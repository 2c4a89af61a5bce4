/**
 * Node's `stream` for the worker bundle (package.json "alias"): the subset jsforce's
 * request pipeline runs on (its browser transport reads fetch's answer into a
 * PassThrough, joined to the request's body as a Duplex, and collects it with a
 * Writable), in place of the browser polyfill of Node streams, 70 KB of the worker.
 *
 * Chunks flow as they come: no highWaterMark and no backpressure (an API answer is
 * read whole anyway). A Readable buffers what is pushed until it is consumed, in
 * flowing mode (a "data" listener, pipe) or by read() after "readable"; "end" comes
 * once what was pushed before push(null) has been consumed. A Writable hands each
 * chunk to _write (strings as UTF-8 bytes unless in object mode) and says "finish"
 * after end() once every write has called back. Events come a microtask later, as
 * Node's come on a later tick.
 */
import { EventEmitter } from "events";

type Callback = (error?: Error | null) => void;
type Listener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- EventEmitter's listener type

interface StreamOptions {
  objectMode?: boolean;
  readableObjectMode?: boolean;
  writableObjectMode?: boolean;
  read?(this: Readable, size?: number): void;
  write?(this: Writable, chunk: unknown, encoding: string, callback: Callback): void;
  final?(this: Writable, callback: Callback): void;
  transform?(this: Transform, chunk: unknown, encoding: string, callback: (error?: Error | null, data?: unknown) => void): void;
  flush?(this: Transform, callback: (error?: Error | null, data?: unknown) => void): void;
}

const later = (fn: () => void) => queueMicrotask(fn);
const encoder = new TextEncoder();

export class Readable extends EventEmitter {
  readableObjectMode: boolean;
  private readonly chunks: unknown[] = [];
  private pushedEnd = false;
  private endEmitted = false;
  private flowing = false;
  private draining = false;

  constructor(options: StreamOptions = {}) {
    super();
    this.readableObjectMode = Boolean(options.readableObjectMode ?? options.objectMode);
    if (options.read) this._read = options.read;
  }

  _read(_size?: number): void {}

  push(chunk: unknown): boolean {
    if (chunk === null) this.pushedEnd = true;
    else if (!this.pushedEnd) this.chunks.push(!this.readableObjectMode && typeof chunk === "string" ? encoder.encode(chunk) : chunk);
    this.drainSoon();
    return true;
  }

  /** The next chunk (whole: chunks are not split or joined), or null when there is none yet. */
  read(_size?: number): unknown {
    if (this.chunks.length > 0) return this.chunks.shift();
    if (this.pushedEnd) this.endSoon();
    else this._read();
    return null;
  }

  override on(event: string | symbol, listener: Listener): this {
    super.on(event, listener);
    if (event === "data") this.resume();
    else if (event === "readable") this.drainSoon();
    return this;
  }

  resume(): this {
    this.flowing = true;
    this.drainSoon();
    return this;
  }

  pause(): this {
    this.flowing = false;
    return this;
  }

  pipe<T extends { write(chunk: unknown): unknown; end(): unknown }>(destination: T): T {
    this.on("data", (chunk: unknown) => destination.write(chunk));
    this.once("end", () => destination.end());
    return destination;
  }

  private drainSoon(): void {
    if (this.draining) return;
    this.draining = true;
    later(() => {
      this.draining = false;
      if (this.flowing) {
        while (this.flowing && this.chunks.length > 0) this.emit("data", this.chunks.shift());
        if (this.chunks.length === 0) this.read();
      } else if ((this.chunks.length > 0 || this.pushedEnd) && !this.endEmitted) {
        this.emit("readable");
      }
    });
  }

  private endSoon(): void {
    if (this.endEmitted) return;
    this.endEmitted = true;
    later(() => this.emit("end"));
  }
}

/** The writing side, shared by Writable and Duplex. */
class WriteSide {
  private ending = false;
  private finishing = false;
  private pending = 0;

  constructor(private readonly stream: Writable | Duplex) {}

  write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean {
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (this.ending) {
      later(() => this.stream.emit("error", new Error("write after end")));
      return false;
    }
    this.pending++;
    const bytes = !this.stream.writableObjectMode && typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    this.stream._write(bytes, encoding ?? "buffer", (error) => {
      this.pending--;
      if (error) this.stream.emit("error", error);
      callback?.(error);
      this.finishWhenDone();
    });
    return true;
  }

  end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): void {
    if (typeof chunk === "function") [callback, chunk] = [chunk as Callback, undefined];
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (callback) this.stream.once("finish", callback);
    this.ending = true;
    this.finishWhenDone();
  }

  private finishWhenDone(): void {
    if (!this.ending || this.finishing || this.pending > 0) return;
    this.finishing = true;
    this.stream._final((error) => {
      if (error) this.stream.emit("error", error);
      else later(() => this.stream.emit("finish"));
    });
  }
}

export class Writable extends EventEmitter {
  writableObjectMode: boolean;
  private readonly side = new WriteSide(this);

  constructor(options: StreamOptions = {}) {
    super();
    this.writableObjectMode = Boolean(options.writableObjectMode ?? options.objectMode);
    if (options.write) this._write = options.write;
    if (options.final) this._final = options.final;
  }

  _write(_chunk: unknown, _encoding: string, callback: Callback): void {
    callback();
  }

  _final(callback: Callback): void {
    callback();
  }

  write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean {
    return this.side.write(chunk, encoding, callback);
  }

  end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this {
    this.side.end(chunk, encoding, callback);
    return this;
  }
}

export class Duplex extends Readable {
  writableObjectMode: boolean;
  private readonly side = new WriteSide(this);

  constructor(options: StreamOptions = {}) {
    super(options);
    this.writableObjectMode = Boolean(options.writableObjectMode ?? options.objectMode);
    if (options.write) this._write = options.write as Duplex["_write"];
    if (options.final) this._final = options.final as Duplex["_final"];
  }

  _write(_chunk: unknown, _encoding: string, callback: Callback): void {
    callback();
  }

  _final(callback: Callback): void {
    callback();
  }

  write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean {
    return this.side.write(chunk, encoding, callback);
  }

  end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this {
    this.side.end(chunk, encoding, callback);
    return this;
  }
}

/** What is written comes out transformed; end() flushes, then ends the reading side. */
export class Transform extends Duplex {
  constructor(options: StreamOptions = {}) {
    super(options);
    if (options.transform) this._transform = options.transform;
    if (options.flush) this._flush = options.flush;
  }

  _transform(chunk: unknown, _encoding: string, callback: (error?: Error | null, data?: unknown) => void): void {
    callback(null, chunk);
  }

  _flush(callback: (error?: Error | null, data?: unknown) => void): void {
    callback();
  }

  override _write(chunk: unknown, encoding: string, callback: Callback): void {
    this._transform(chunk, encoding, (error, data) => {
      if (!error && data !== undefined && data !== null) this.push(data);
      callback(error);
    });
  }

  override _final(callback: Callback): void {
    this._flush((error, data) => {
      if (!error && data !== undefined && data !== null) this.push(data);
      this.push(null);
      callback(error);
    });
  }
}

export class PassThrough extends Transform {}

export default { Readable, Writable, Duplex, Transform, PassThrough };
