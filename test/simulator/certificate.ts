/**
 * A self-signed certificate made at start, valid for the names Chromium uses to reach
 * the simulator (*.my.salesforce.com, *.lightning.force.com) and for local access.
 * Cached per process: several simulators in one test run share it.
 */
import selfsigned from "selfsigned";

let cached: { key: string; cert: string } | undefined;

export function simulatorCertificate(): { key: string; cert: string } {
  if (cached) return cached;
  const pems = selfsigned.generate([{ name: "commonName", value: "*.my.salesforce.com" }], {
    days: 30,
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "*.my.salesforce.com" },
          { type: 2, value: "*.lightning.force.com" },
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  cached = { key: pems.private, cert: pems.cert };
  return cached;
}
