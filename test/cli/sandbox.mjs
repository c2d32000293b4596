// A preload for the privacy tests (node --import test/cli/sandbox.mjs bin/herkenbaar.js ...).
// - Every way out to the network (net, http, https, http2, tls, dns, dgram, fetch, WebSocket) throws,
//   and each attempt is appended to $HERKENBAAR_SANDBOX_NETWORK_LOG, so one that the CLI caught still shows.
// - Every file opened for writing or created is appended to $HERKENBAAR_SANDBOX_WRITE_LOG.
import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const networkLog = process.env.HERKENBAAR_SANDBOX_NETWORK_LOG;
const writeLog = process.env.HERKENBAAR_SANDBOX_WRITE_LOG;
const appendFileSync = fs.appendFileSync;

function attempt(what) {
  if (networkLog) appendFileSync(networkLog, `${what}\n`);
  throw new Error(`herkenbaar sandbox: network access attempted (${what})`);
}

const NETWORK = {
  net: ['connect', 'createConnection', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  tls: ['connect', 'createServer', 'createSecureContext'],
  dns: ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'],
  dgram: ['createSocket'],
};
for (const [name, functions] of Object.entries(NETWORK)) {
  const mod = require(name);
  for (const f of functions) if (typeof mod[f] === 'function') mod[f] = () => attempt(`${name}.${f}`);
}
const dnsPromises = require('dns').promises;
for (const f of NETWORK.dns) if (typeof dnsPromises[f] === 'function') dnsPromises[f] = async () => attempt(`dns.promises.${f}`);
// A socket made directly and then connected.
const { Socket } = require('net');
Socket.prototype.connect = function () {
  return attempt('net.Socket.connect');
};
for (const g of ['fetch', 'WebSocket', 'EventSource']) {
  if (g in globalThis) Object.defineProperty(globalThis, g, { value: () => attempt(g), configurable: true, writable: true });
}

// Files written.
const writes = (flags) => {
  if (typeof flags === 'number') return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_APPEND | fs.constants.O_TRUNC)) !== 0;
  return typeof flags === 'string' && /[wa+]/.test(flags);
};
const record = (kind, path) => {
  if (writeLog && path !== undefined && String(path) !== writeLog) appendFileSync(writeLog, `${kind} ${String(path)}\n`);
};
const wrap = (obj, name, kind, flagsAt) => {
  const original = obj[name];
  if (typeof original !== 'function') return;
  obj[name] = function (...args) {
    if (flagsAt === undefined || writes(args[flagsAt] ?? 'r')) record(kind, args[0]);
    return original.apply(this, args);
  };
};
for (const [name, flagsAt] of [['openSync', 1], ['open', 1]]) wrap(fs, name, 'open', flagsAt);
for (const name of ['writeFileSync', 'writeFile', 'appendFile', 'createWriteStream', 'mkdtempSync', 'mkdtemp', 'copyFileSync', 'copyFile', 'cpSync', 'mkdirSync', 'mkdir', 'symlinkSync', 'linkSync']) wrap(fs, name, name);
for (const [name, flagsAt] of [['open', 1]]) wrap(fs.promises, name, 'open', flagsAt);
for (const name of ['writeFile', 'appendFile', 'mkdtemp', 'copyFile', 'cp', 'mkdir', 'symlink', 'link']) wrap(fs.promises, name, name);
for (const [name, at] of [['renameSync', 1], ['rename', 1]]) {
  const original = fs[name];
  fs[name] = function (...args) {
    record('rename', `${String(args[0])} -> ${String(args[at])}`);
    return original.apply(this, args);
  };
}
syncBuiltinESMExports();
