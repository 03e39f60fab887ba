/**
 * A preload (`node --require test/guard/no-network.cjs ...`) that makes every way
 * out of the machine fail: TCP and Unix sockets, servers, DNS, HTTP(S), TLS, UDP
 * and fetch. Each attempt throws and is recorded, one line each, in the file that
 * CLAIM_CODING_NETWORK_LOG names, so a test sees it even if the code under test
 * swallowed the error. Standard streams and the node IPC channel do not go
 * through these functions and keep working.
 */
'use strict';
const { appendFileSync } = require('node:fs');

const record = process.env.CLAIM_CODING_NETWORK_LOG;

function refuse(api) {
  return function refused() {
    const where = (new Error().stack || '').split('\n').slice(2, 5).join(' | ');
    if (record) appendFileSync(record, `${api} ${where}\n`);
    throw new Error(`network use refused by the test guard: ${api}`);
  };
}

function replace(object, name, api) {
  if (object && typeof object[name] === 'function') object[name] = refuse(api);
}

const net = require('node:net');
replace(net, 'connect', 'net.connect');
replace(net, 'createConnection', 'net.createConnection');
replace(net.Socket.prototype, 'connect', 'net.Socket.connect');
replace(net.Server.prototype, 'listen', 'net.Server.listen');

const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  replace(dns, name, `dns.${name}`);
  replace(dns.promises, name, `dns.promises.${name}`);
}

for (const module of ['http', 'https']) {
  const http = require(`node:${module}`);
  replace(http, 'request', `${module}.request`);
  replace(http, 'get', `${module}.get`);
}

const tls = require('node:tls');
replace(tls, 'connect', 'tls.connect');

const dgram = require('node:dgram');
replace(dgram, 'createSocket', 'dgram.createSocket');

replace(globalThis, 'fetch', 'fetch');
