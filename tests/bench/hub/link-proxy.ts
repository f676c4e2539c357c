// Why: a slow or unreliable office link on loopback: a TCP proxy in front of the hub that lets through at most
// `bytesPerSecond` each way (shared by every connection, as one line is) and, when asked, cuts every connection at a
// fixed interval, as a WAN link that drops does. TLS passes through it untouched.
import net from "node:net";

export type LinkProxy = { port: number; drops: number; close(): Promise<void> };

/** A token bucket per direction: a piece waits until the line has had time to carry it. */
class Line {
  private free = 0;
  constructor(private readonly bytesPerSecond: number) {}
  /** Milliseconds to wait before `bytes` may go. */
  take(bytes: number): number {
    const now = performance.now();
    const start = Math.max(now, this.free);
    this.free = start + (bytes / this.bytesPerSecond) * 1000;
    return this.free - now;
  }
}

function relay(from: net.Socket, to: net.Socket, line: Line): void {
  // Bytes still on the line (waiting their turn): an end or close from the far side follows them, as on a real line.
  let inFlight = Promise.resolve();
  from.on("data", (chunk: Buffer) => {
    from.pause();
    const wait = line.take(chunk.length);
    inFlight = inFlight.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            if (!to.destroyed) to.write(chunk);
            from.resume();
            resolve();
          }, wait),
        ),
    );
  });
  from.on("end", () => void inFlight.then(() => to.end()));
  from.on("error", () => to.destroy());
  from.on("close", () => void inFlight.then(() => to.destroy()));
}

export async function startLinkProxy(opts: {
  target: number;
  bytesPerSecond: number;
  dropEveryMs?: number;
}): Promise<LinkProxy> {
  const up = new Line(opts.bytesPerSecond);
  const down = new Line(opts.bytesPerSecond);
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const hub = net.connect(opts.target, "127.0.0.1");
    open.add(client);
    open.add(hub);
    client.on("close", () => open.delete(client));
    hub.on("close", () => open.delete(hub));
    relay(client, hub, up);
    relay(hub, client, down);
  });
  const proxy: LinkProxy = {
    port: 0,
    drops: 0,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
  const timer = setInterval(() => {
    if (!opts.dropEveryMs) return;
    proxy.drops += 1;
    for (const s of open) s.destroy();
  }, opts.dropEveryMs ?? 3600_000);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  return proxy;
}
