// Workload generators for the benchmark. Deterministic (seeded PRNG): the same sizes give the same bytes, so
// figures from two runs or two machines compare the same inputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: n => Math.floor(next() * n), pick: arr => arr[Math.floor(next() * arr.length)] };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A well-formed Base64 secret of `bytes` random bytes (what the quick fix generates). */
function secret(r, bytes = 32) {
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = r.int(256);
  return buf.toString('base64');
}
function token(r, n = 24) {
  let s = '';
  for (let i = 0; i < n; i++) s += B64[r.int(62)];
  return s;
}
const WORDS = ['order', 'payment', 'user', 'inventory', 'gateway', 'search', 'report', 'billing', 'audit', 'notify', 'catalog', 'cart', 'shipping', 'review', 'auth', 'profile'];

class Tree {
  constructor(root) { this.root = root; this.files = 0; this.bytes = 0; this.kinds = {}; }
  write(rel, text, kind = 'other') {
    const p = join(this.root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
    return p;
  }
}

/** Published values people really ship (facts §3) — some clusters use them so rules fire like in the wild. */
const PUBLIC_TOKEN = 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=';

// ------------------------------------------------------------------------------------------------------------
// Properties

/** The head of a Nacos `conf/application.properties` (shape of the distribution's file), with the auth block. */
function nacosPropertiesHead({ identityKey, identityValue, tokenSecret, enabled = true, port = 8848 }) {
  return [
    '#',
    '# Copyright 1999-2021 Alibaba Group Holding Ltd.',
    '#',
    '# Licensed under the Apache License, Version 2.0 (the "License");',
    '#',
    '#*************** Spring Boot Related Configurations ***************#',
    '### Default web context path:',
    'server.servlet.contextPath=/nacos',
    '### Include message field',
    'server.error.include-message=ALWAYS',
    '### Default web server port:',
    `server.port=${port}`,
    '',
    '#*************** Network Related Configurations ***************#',
    '### If prefer hostname over ip for Nacos server addresses in cluster.conf:',
    '# nacos.inetutils.prefer-hostname-over-ip=false',
    '',
    '#*************** Config Module Related Configurations ***************#',
    'spring.sql.init.platform=mysql',
    'db.num=1',
    'db.url.0=jdbc:mysql://127.0.0.1:3306/nacos?characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000&autoReconnect=true&useUnicode=true&useSSL=false&serverTimezone=UTC',
    'db.user.0=nacos',
    'db.password.0=${MYSQL_PASSWORD:nacos}',
    'db.pool.config.connectionTimeout=30000',
    'db.pool.config.validationTimeout=10000',
    'db.pool.config.maximumPoolSize=20',
    'db.pool.config.minimumIdle=2',
    '',
    '#*************** Naming Module Related Configurations ***************#',
    'nacos.naming.empty-service.auto-clean=true',
    'nacos.naming.empty-service.clean.initial-delay-ms=50000',
    'nacos.naming.empty-service.clean.period-time-ms=30000',
    '',
    '#*************** Metrics Related Configurations ***************#',
    'management.endpoints.web.exposure.include=prometheus',
    'management.metrics.export.elastic.enabled=false',
    'management.metrics.export.influx.enabled=false',
    '',
    '#*************** Access Log Related Configurations ***************#',
    'server.tomcat.accesslog.enabled=true',
    'server.tomcat.accesslog.rotate=true',
    'server.tomcat.accesslog.file-date-format=.yyyy-MM-dd-HH',
    'server.tomcat.accesslog.pattern=%h %l %u %t "%r" %s %b %D %{User-Agent}i %{Request-Source}i',
    'server.tomcat.basedir=file:.',
    '',
    '#*************** Access Control Related Configurations ***************#',
    '### If enable spring security, this option is deprecated in 1.2.0:',
    '#spring.security.enabled=false',
    '',
    '### The ignore urls of auth',
    'nacos.security.ignore.urls=/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-ui/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**',
    '',
    '### The auth system to use, currently only \'nacos\' and \'ldap\' is supported:',
    'nacos.core.auth.system.type=nacos',
    '',
    '### If turn on auth system:',
    `nacos.core.auth.enabled=${enabled}`,
    '',
    '### Turn on/off caching of auth information. By turning on this switch, the update of auth information would have a 15 seconds delay.',
    'nacos.core.auth.caching.enabled=true',
    '',
    '### Since 1.4.1, Turn on/off white auth for user-agent: nacos-server, only for upgrade from old version.',
    'nacos.core.auth.enable.userAgentAuthWhite=false',
    '',
    '### Since 1.4.1, worked when nacos.core.auth.enabled=true and nacos.core.auth.enable.userAgentAuthWhite=false.',
    '### The two properties is the white list for auth and used by identity the request from other server.',
    `nacos.core.auth.server.identity.key=${identityKey}`,
    `nacos.core.auth.server.identity.value=${identityValue}`,
    '',
    '### worked when nacos.core.auth.system.type=nacos',
    '### The token expiration in seconds:',
    'nacos.core.auth.plugin.nacos.token.cache.enable=false',
    'nacos.core.auth.plugin.nacos.token.expire.seconds=18000',
    '### The default token (Base64 string):',
    `nacos.core.auth.plugin.nacos.token.secret.key=${tokenSecret}`,
    '',
    '#*************** Istio Related Configurations ***************#',
    '### If turn on the MCP server:',
    'nacos.istio.mcp.server.enabled=false',
  ];
}

/** A `conf/application.properties` of exactly `lines` lines: the Nacos head plus many unrelated keys. */
export function propertiesFile(lines, r, values) {
  const out = nacosPropertiesHead(values);
  let section = 0;
  while (out.length < lines) {
    const i = out.length;
    if (i % 40 === 0) { out.push(`#*************** ${WORDS[section++ % WORDS.length]} module settings (${section}) ***************#`); continue; }
    if (i % 40 === 1) { out.push(''); continue; }
    const mod = WORDS[(i >> 3) % WORDS.length];
    switch (r.int(9)) {
      case 0: out.push(`# ${mod}: tuning for the ${WORDS[r.int(WORDS.length)]} path; see the runbook before changing`); break;
      case 1: out.push(`app.${mod}.endpoint.${i}=\${${mod.toUpperCase()}_ENDPOINT_${i}:http://${mod}.svc.cluster.local:${8000 + (i % 1000)}}`); break;
      case 2: out.push(`app.${mod}.list.${i}=a,b,c,\\`); if (out.length < lines) out.push(`    d,e,f`); break;
      case 3: out.push(`app.${mod}.timeout.ms.${i} = ${r.int(100000)}`); break;
      case 4: out.push(`app.${mod}.flag.${i}: ${r.next() < 0.5}`); break;
      case 5: out.push(`spring.cloud.nacos.config.extension-configs[${i}].data-id=${mod}-${i}.yaml`); break;
      default: out.push(`app.${mod}.name.${i}=${mod}-${token(r, 12)}`);
    }
  }
  out.length = lines;
  return `${out.join('\n')}\n`;
}

/** A shorter node file (~the distribution's size) for the other members of a bare-metal cluster. */
function nodePropertiesFile(r, values) {
  return `${nacosPropertiesHead(values).join('\n')}\n`;
}

function clusterConf(hosts) {
  return `# ip:port\n${hosts.map(h => `${h}:8848`).join('\n')}\n`;
}

/**
 * The 5,000-line properties workload: node1 holds the big file, node2 and node3 complete the cluster (same
 * cluster.conf), so every edit of the big file also re-runs the cluster check over three nodes.
 */
export function propertiesWorkload(root, { lines = 5000, seed = 1 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  const hosts = ['10.0.0.1', '10.0.0.2', '10.0.0.3'];
  const shared = { identityKey: `X-Nacos-${token(r, 8)}`, identityValue: token(r, 32), tokenSecret: secret(r) };
  const big = t.write('node1/conf/application.properties', propertiesFile(lines, r, shared), 'properties');
  t.write('node1/conf/cluster.conf', clusterConf(hosts), 'clusterConf');
  for (const n of [2, 3]) {
    // node3 disagrees on the identity value: the cluster rule fires and relates all three members.
    const v = n === 3 ? { ...shared, identityValue: token(r, 32) } : shared;
    t.write(`node${n}/conf/application.properties`, nodePropertiesFile(r, v), 'properties');
    t.write(`node${n}/conf/cluster.conf`, clusterConf(hosts), 'clusterConf');
  }
  return { root, file: big, files: t.files, bytes: t.bytes, lines };
}

// ------------------------------------------------------------------------------------------------------------
// Compose

function envFile(lines) {
  return `${lines.join('\n')}\n`;
}

/**
 * One compose file with `services` services: Nacos nodes sharing an anchored block (`<<: *nacos-common`,
 * `<<: *nacos-env` inside `environment:`), per-group env files with the secrets, `NACOS_SERVERS` lists that split
 * them into clusters of `groupSize`, plus MySQL/Redis/app services. Returns the text and the env files to write.
 */
export function composeProject(r, { services = 200, groupSize = 4, nacosShare = 0.8, prefix = '', badGroups = [], identity = true } = {}) {
  const nacosCount = Math.round(services * nacosShare);
  const groups = Math.ceil(nacosCount / groupSize);
  const files = {};
  files['.env'] = envFile([
    '# Project environment for docker compose (interpolation only).',
    'NACOS_VERSION=v2.5.1',
    'MYSQL_ROOT_PASSWORD=change-me-please',
    `NACOS_AUTH_TOKEN=${secret(r)}`,
    'COMPOSE_PROJECT_NAME=nacos-bench',
  ]);
  files['env/common.env'] = envFile([
    'PREFER_HOST_MODE=hostname',
    'SPRING_DATASOURCE_PLATFORM=mysql',
    'MYSQL_SERVICE_HOST=mysql',
    'MYSQL_SERVICE_DB_NAME=nacos_devtest',
    'MYSQL_SERVICE_PORT=3306',
    'MYSQL_SERVICE_USER=nacos',
    'MYSQL_SERVICE_PASSWORD=nacos',
    'MYSQL_SERVICE_DB_PARAM=characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000&autoReconnect=true&useSSL=false',
    'JVM_XMS=512m',
    'JVM_XMX=512m',
  ]);
  for (let g = 0; g < groups; g++) {
    const bad = badGroups.includes(g);
    files[`env/group-${String(g).padStart(2, '0')}.env`] = envFile([
      `# cluster group ${g}`,
      // Without identity (the `composeFindings` workload) every Nacos service has findings.
      ...(identity ? [
        `NACOS_AUTH_IDENTITY_KEY=${bad ? 'serverIdentity' : `X-Nacos-${token(r, 8)}`}`,
        `NACOS_AUTH_IDENTITY_VALUE=${bad ? 'security' : token(r, 32)}`,
      ] : []),
      `NACOS_AUTH_TOKEN=${bad ? PUBLIC_TOKEN : secret(r)}`,
    ]);
  }
  const y = [];
  y.push(
    '# Generated benchmark workload: a large Nacos deployment in one compose file.',
    `name: ${prefix || 'nacos-bench'}`,
    '',
    'x-logging: &logging',
    '  driver: json-file',
    '  options:',
    '    max-size: "10m"',
    '    max-file: "3"',
    '',
    'x-nacos-common: &nacos-common',
    '  image: nacos/nacos-server:${NACOS_VERSION:-v2.5.1}',
    '  restart: always',
    '  logging: *logging',
    '  env_file:',
    '    - ./env/common.env',
    '  healthcheck:',
    '    test: ["CMD", "curl", "-f", "http://localhost:8848/nacos/v1/console/health/readiness"]',
    '    interval: 10s',
    '    timeout: 5s',
    '    retries: 10',
    '',
    'x-nacos-env: &nacos-env',
    '  MODE: cluster',
    '  NACOS_AUTH_ENABLE: "true"',
    '  NACOS_AUTH_CACHE_ENABLE: "true"',
    '  NACOS_AUTH_TOKEN_EXPIRE_SECONDS: "18000"',
    '',
    'services:',
  );
  let n = 0;
  for (let g = 0; g < groups; g++) {
    const members = [];
    for (let k = 0; k < groupSize && n + members.length < nacosCount; k++) members.push(`nacos-${String(n + members.length + 1).padStart(3, '0')}`);
    const servers = members.map(m => `${m}:8848`).join(' ');
    for (const [k, m] of members.entries()) {
      const gf = `./env/group-${String(g).padStart(2, '0')}.env`;
      y.push(`  ${m}:`, '    <<: *nacos-common', `    hostname: ${m}`, `    container_name: ${prefix}${m}`);
      if ((n + k) % 3 === 0) {
        // List form with an explicit identity value: the edit target, and a place where the cluster check can disagree.
        y.push('    env_file:', '      - ./env/common.env', `      - ${gf}`, '    environment:',
          '      - MODE=cluster', `      - NACOS_SERVERS=${servers}`, `      - NACOS_SERVER_IP=10.${g >> 8}.${g & 255}.${k + 1}`,
          '      - NACOS_AUTH_ENABLE=true', '      - JVM_XMN=256m');
      } else {
        y.push('    env_file:', '      - ./env/common.env', `      - ${gf}`, '    environment:', '      <<: *nacos-env',
          `      NACOS_SERVERS: "${servers}"`, `      NACOS_SERVER_IP: "10.${g >> 8}.${g & 255}.${k + 1}"`, '      NACOS_APPLICATION_PORT: "8848"');
      }
      y.push('    volumes:', `      - ./logs/${m}:/home/nacos/logs`, '    ports:', `      - "${18000 + n + k}:8848"`,
        '    depends_on:', '      - mysql', '    networks: [nacos]', '');
    }
    n += members.length;
  }
  for (let i = 0; n < services; i++, n++) {
    const kind = ['mysql', 'redis', 'app', 'prometheus', 'gateway'][i % 5];
    const name = i === 0 ? 'mysql' : `${kind}-${String(i).padStart(3, '0')}`;
    if (kind === 'mysql') {
      y.push(`  ${name}:`, '    image: mysql:8.0.36', '    logging: *logging', '    environment:',
        '      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}', '      MYSQL_DATABASE: nacos_devtest', '      MYSQL_USER: nacos',
        '      MYSQL_PASSWORD: nacos', '    volumes:', `      - ./mysql/${name}:/var/lib/mysql`, '    networks: [nacos]', '');
    } else if (kind === 'app') {
      y.push(`  ${name}:`, `    image: registry.example.com/shop/${WORDS[i % WORDS.length]}:1.${i}.0`, '    logging: *logging',
        '    environment:', '      - SPRING_PROFILES_ACTIVE=prod', '      - SPRING_CLOUD_NACOS_SERVER_ADDR=nacos-001:8848',
        `      - SPRING_CLOUD_NACOS_USERNAME=${WORDS[i % WORDS.length]}`, '      - SPRING_CLOUD_NACOS_PASSWORD=${APP_NACOS_PASSWORD:-changeit}',
        '    depends_on: [nacos-001]', '    networks: [nacos]', '');
    } else {
      y.push(`  ${name}:`, `    image: ${kind === 'redis' ? 'redis:7.2' : kind === 'prometheus' ? 'prom/prometheus:v2.51.0' : 'nginx:1.25'}`,
        '    logging: *logging', '    restart: unless-stopped', '    ports:', `      - "${20000 + i}:${kind === 'redis' ? 6379 : 80}"`,
        '    networks: [nacos]', '');
    }
  }
  y.push('networks:', '  nacos:', '    driver: bridge', '');
  return { text: y.join('\n'), files, nacosCount, groups };
}

/**
 * The 200-service compose workload (one compose project in its own folder). With `findings: true`, every service is
 * a Nacos node and no identity is set anywhere: every service has findings (the `composeFindings` workload).
 */
export function composeWorkload(root, { services = 200, seed = 2, findings = false } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  const p = composeProject(r, findings ? { services, nacosShare: 1, identity: false } : { services, badGroups: [3] });
  for (const [rel, text] of Object.entries(p.files)) t.write(rel, text, 'env');
  const file = t.write('compose.yaml', p.text, 'compose');
  return { root, file, files: t.files, bytes: t.bytes, services, nacosServices: p.nacosCount, lines: p.text.split('\n').length };
}

// ------------------------------------------------------------------------------------------------------------
// Workspace

const JAVA = (pkg, cls, r) => `package com.example.${pkg};

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** ${cls}: generated filler for the benchmark workspace. */
@Service
public class ${cls} {
${Array.from({ length: 20 + r.int(40) }, (_, i) => `    public String method${i}(Map<String, Object> in) { return String.valueOf(in.get("${token(r, 6)}")); }`).join('\n')}
}
`;

// ------------------------------------------------------------------------------------------------------------
// Shell

/** One Nacos cluster's `docker run`s in a deployment script: values from the config block at the top. */
function scriptCluster(id, nodes, hosts) {
  const out = [];
  for (let k = 0; k < nodes; k++) {
    out.push(
      `  log "starting nacos-${id}-${k + 1}"`,
      `  docker run -d --name "nacos-${id}-${k + 1}" --restart=always \\`,
      `    --network "\${NET}" -p ${8848 + k}:8848 \\`,
      `    -e MODE=cluster -e PREFER_HOST_MODE=hostname \\`,
      `    -e NACOS_SERVERS="\${C${id}_SERVERS}" \\`,
      `    -e NACOS_SERVER_IP=${hosts[k]} \\`,
      `    -e NACOS_AUTH_ENABLE=true \\`,
      `    -e NACOS_AUTH_IDENTITY_KEY="\${C${id}_IDENTITY_KEY}" \\`,
      `    -e NACOS_AUTH_IDENTITY_VALUE="\${C${id}_IDENTITY_VALUE}" \\`,
      `    -e NACOS_AUTH_TOKEN="\${C${id}_TOKEN}" \\`,
      `    -e JVM_XMS=1g -e JVM_XMX=1g -e JVM_XMN="\${C${id}_XMN}" \\`,
      `    -v "\${DATA}/nacos-${id}-${k + 1}/logs:/home/nacos/logs" \\`,
      `    "\${IMAGE}:\${NACOS_VERSION}"`,
    );
  }
  return out;
}

/**
 * The 2,000-line deployment script workload: a config block (per cluster: members, identity pair, token, heap),
 * helper functions, one function per cluster starting its three nodes with `docker run` (continuation lines,
 * quoted variables), MySQL/Redis runs, loops, `case`, heredocs that write configs, comments — until `lines`.
 */
export function scriptWorkload(root, { lines = 2000, seed = 4 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  const clusters = Math.max(2, Math.round(lines / 90));
  const out = ['#!/usr/bin/env bash', '# Generated benchmark workload: a deployment script for many Nacos clusters.', 'set -euo pipefail', 'cd "$(dirname "$0")"', '',
    'IMAGE=nacos/nacos-server', 'NACOS_VERSION=v2.4.3', 'NET=nacos-net', 'DATA=/data', ''];
  for (let c = 0; c < clusters; c++) {
    const id = String(c).padStart(2, '0');
    const hosts = [1, 2, 3].map(k => `10.20.${c}.${k}`);
    const weak = c % 10 === 3;
    out.push(`# cluster ${id}`, `C${id}_SERVERS="${hosts.map(h => `${h}:8848`).join(' ')}"`, `C${id}_IDENTITY_KEY=${weak ? 'serverIdentity' : `X-Nacos-${token(r, 8)}`}`,
      `C${id}_IDENTITY_VALUE=${weak ? 'security' : token(r, 32)}`, `C${id}_TOKEN=${weak ? PUBLIC_TOKEN : secret(r)}`, `C${id}_XMN=512m`, '');
  }
  out.push('log() { printf "%s %s\\n" "$(date +%FT%T)" "$*"; }', 'wait_for() {', '  local host=$1 port=$2', '  for i in $(seq 1 30); do', '    if nc -z "$host" "$port"; then return 0; fi', '    sleep 2', '  done', '  return 1', '}', '');
  for (let c = 0; c < clusters; c++) {
    const id = String(c).padStart(2, '0');
    const hosts = [1, 2, 3].map(k => `10.20.${c}.${k}`);
    out.push(`start_cluster_${id}() {`, ...scriptCluster(id, 3, hosts), `  wait_for ${hosts[0]} 8848 || log "cluster ${id} not up"`, '}', '');
  }
  let i = 0;
  while (out.length < lines - 12) {
    const w = WORDS[i % WORDS.length];
    switch (i % 4) {
      case 0: out.push(`cat > "\${DATA}/${w}-${i}.conf" <<'EOF'`, `# ${w} settings`, `${w}.timeout=${r.int(100)}`, `${w}.retries=${r.int(9)}`, 'EOF', ''); break;
      case 1: out.push(`case "\${1:-all}" in`, `  ${w}) log "only ${w}" ;;`, '  all) : ;;', `  *) log "unknown target $1"; exit 2 ;;`, 'esac', ''); break;
      case 2: out.push(`for svc in ${w}-a ${w}-b ${w}-c; do`, '  docker rm -f "$svc" >/dev/null 2>&1 || true', `  docker run -d --name "$svc" -e SPRING_PROFILES_ACTIVE=prod -e NACOS_ADDR=10.20.0.1:8848 registry.example.com/shop/${w}:1.${i}`, 'done', ''); break;
      default: out.push(`# ${w}: ${Array.from({ length: 8 }, () => WORDS[r.int(WORDS.length)]).join(' ')}`, `log "${w} step ${i}"`, ''); break;
    }
    i++;
  }
  out.push('docker run -d --name mysql -e MYSQL_ROOT_PASSWORD="${MYSQL_PASSWORD:?}" mysql:8', 'docker run -d --name redis redis:7', '');
  for (let c = 0; c < clusters; c++) out.push(`start_cluster_${String(c).padStart(2, '0')}`);
  out.push('log done', '');
  const file = t.write('deploy.sh', out.join('\n'), 'shell');
  return { root, file, lines: out.length, clusters, nodes: clusters * 3, files: t.files, bytes: t.bytes };
}

/**
 * A monorepo-like workspace of exactly `files` files holding `clusters` Nacos clusters of `nodesPerCluster` nodes:
 * half are compose projects (one compose file + `.env` + env file, an override file for every fourth), half are
 * bare-metal clusters (a folder per node with conf/application.properties + conf/cluster.conf). The rest are
 * things a real repository has: Spring application properties (client side, not nodes), Kubernetes and CI YAML,
 * app .env files, and sources/docs the server must skip without reading.
 */
export function workspaceWorkload(root, { files = 10_000, clusters = 200, nodesPerCluster = 10, seed = 3, k8s = 0 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  let nodes = 0;
  const composeClusters = Math.floor(clusters / 2);
  const editTargets = {};
  for (let c = 0; c < clusters; c++) {
    const id = String(c).padStart(3, '0');
    const mismatch = c % 10 === 7;
    if (c < composeClusters) {
      const base = `deploy/cluster-${id}`;
      const p = composeProject(r, { services: nodesPerCluster + 1, groupSize: nodesPerCluster, nacosShare: nodesPerCluster / (nodesPerCluster + 1), prefix: `c${id}-`, badGroups: c % 25 === 3 ? [0] : [] });
      for (const [rel, text] of Object.entries(p.files)) t.write(`${base}/${rel}`, text, 'env');
      const f = t.write(`${base}/compose.yaml`, p.text, 'compose');
      if (c === 0) editTargets.compose = f;
      nodes += p.nacosCount;
      if (c % 4 === 0 || mismatch) {
        // An override file: the mismatched cluster gets a different identity value on one node here.
        const o = ['services:', '  nacos-001:', '    environment:', '      JVM_XMX: 1g'];
        if (mismatch) o.push(`      NACOS_AUTH_IDENTITY_VALUE: ${token(r, 32)}`);
        t.write(`${base}/compose.override.yaml`, `${o.join('\n')}\n`, 'compose');
      }
    } else {
      const base = `baremetal/cluster-${id}`;
      const hosts = Array.from({ length: nodesPerCluster }, (_, k) => `10.${100 + (c >> 8)}.${c & 255}.${k + 1}`);
      const weak = c % 25 === 4;
      const shared = { identityKey: weak ? 'serverIdentity' : `X-Nacos-${token(r, 8)}`, identityValue: weak ? 'security' : token(r, 32), tokenSecret: weak ? PUBLIC_TOKEN : secret(r) };
      for (let k = 0; k < nodesPerCluster; k++) {
        const v = mismatch && k === nodesPerCluster - 1 ? { ...shared, tokenSecret: secret(r) } : shared;
        const f = t.write(`${base}/node-${String(k + 1).padStart(2, '0')}/conf/application.properties`, nodePropertiesFile(r, v), 'properties');
        t.write(`${base}/node-${String(k + 1).padStart(2, '0')}/conf/cluster.conf`, clusterConf(hosts), 'clusterConf');
        if (c === composeClusters && k === 0) editTargets.properties = f;
        nodes++;
      }
    }
  }
  // Kubernetes folders (the `wsK8s` workload; none in `ws`, whose bytes stay as they were).
  if (k8s) nodes += k8sFolders(t, r, k8s);
  // Candidate files that are not Nacos nodes, then files the server must not read, until `files` is reached.
  const remaining = () => files - t.files;
  const share = remaining();
  const springProps = Math.floor(share * 0.12);
  const otherYaml = Math.floor(share * 0.1);
  const appEnv = Math.floor(share * 0.03);
  const scripts = Math.floor(share * 0.04);
  const readmes = Math.floor(share * 0.04);
  const dockerfiles = Math.floor(share * 0.02);
  for (let i = 0; i < springProps; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    t.write(`apps/${svc}/src/main/resources/application${i % 3 === 0 ? '' : i % 3 === 1 ? '-prod' : '-dev'}.properties`, [
      `spring.application.name=${svc}`,
      'spring.cloud.nacos.discovery.server-addr=nacos-001:8848',
      'spring.cloud.nacos.config.server-addr=nacos-001:8848',
      `spring.cloud.nacos.config.namespace=${token(r, 8)}`,
      'spring.cloud.nacos.username=${NACOS_USERNAME:nacos}',
      'spring.cloud.nacos.password=${NACOS_PASSWORD:nacos}',
      `server.port=${8080 + (i % 100)}`,
      ...Array.from({ length: 10 + r.int(30) }, (_, k) => `app.${WORDS[k % WORDS.length]}.setting${k}=${token(r, 10)}`),
    ].join('\n') + '\n', 'properties');
  }
  for (let i = 0; i < otherYaml; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    if (i % 2 === 0) {
      t.write(`k8s/${svc}/deployment.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc}\n  labels:\n    app: ${svc}\nspec:\n  replicas: ${1 + (i % 5)}\n  selector:\n    matchLabels:\n      app: ${svc}\n  template:\n    metadata:\n      labels:\n        app: ${svc}\n    spec:\n      containers:\n        - name: ${svc}\n          image: registry.example.com/shop/${svc}:1.0.${i}\n          env:\n            - name: NACOS_ADDR\n              value: nacos-headless:8848\n          ports:\n            - containerPort: 8080\n`, 'yaml');
    } else {
      t.write(`apps/${svc}/.github/workflows/ci.yml`, `name: ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: '17'\n      - run: ./mvnw -B verify\n`, 'yaml');
    }
  }
  for (let i = 0; i < appEnv; i++) {
    t.write(`apps/${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}/.env`, `DB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=${token(r, 16)}\nNACOS_ADDR=nacos-001:8848\n`, 'env');
  }
  // Scripts, Markdown and Dockerfiles (issue 17): every tenth runs or builds Nacos, the others do not (the server
  // must skip them after one look at their text); most mention nacos anyway, as apps that use it do.
  for (let i = 0; i < scripts; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    const nacos = i % 10 === 0;
    const body = nacos
      ? [`docker run -d --name nacos-${svc} -e MODE=standalone -e NACOS_AUTH_ENABLE=true \\`, `  -e NACOS_AUTH_IDENTITY_KEY=X-Nacos-${token(r, 8)} -e NACOS_AUTH_IDENTITY_VALUE="\${ID_VALUE:?}" \\`, `  -e NACOS_AUTH_TOKEN="\${NACOS_TOKEN:?}" nacos/nacos-server:v2.4.${i % 4}`]
      : [`docker build -t registry.example.com/shop/${svc}:"\${TAG:-dev}" .`, `docker run -d --name ${svc} -e NACOS_ADDR=nacos-001:8848 -e SPRING_PROFILES_ACTIVE=prod registry.example.com/shop/${svc}:"\${TAG:-dev}"`];
    t.write(`apps/${svc}/scripts/run-${i}.sh`, ['#!/bin/sh', 'set -e', `# ${svc}: build and run (talks to nacos)`, ...body, ''].join('\n'), 'shell');
  }
  for (let i = 0; i < readmes; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    const block = i % 10 === 0
      ? ['```bash', `docker run -d -e MODE=standalone -e NACOS_AUTH_IDENTITY_KEY=X-Nacos-${token(r, 8)} nacos/nacos-server:v2.4.${i % 4}`, '```']
      : ['```bash', `mvn -pl ${svc} spring-boot:run -Dspring.cloud.nacos.server-addr=localhost:8848`, '```'];
    t.write(`apps/${svc}/README-${i}.md`, [`# ${svc}`, '', `The ${svc} service registers with nacos.`, '', ...block, '', Array.from({ length: 20 + r.int(40) }, () => WORDS[r.int(WORDS.length)]).join(' '), ''].join('\n'), 'markdown');
  }
  for (let i = 0; i < dockerfiles; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    const text = i % 10 === 0
      ? `FROM nacos/nacos-server:v2.4.${i % 4}\nENV MODE=standalone NACOS_AUTH_ENABLE=true\n`
      : `FROM eclipse-temurin:17-jre\nENV NACOS_ADDR=nacos-001:8848\nCOPY target/${svc}.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]\n`;
    t.write(`apps/${svc}/docker-${i}/Dockerfile`, text, 'dockerfile');
  }
  for (let i = 0; remaining() > 0; i++) {
    const svc = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length) % 200}`;
    switch (i % 5) {
      case 0: case 1: t.write(`apps/${svc}/src/main/java/com/example/C${i}.java`, JAVA(svc.replace(/-/g, '_'), `C${i}`, r), 'unrelated'); break;
      case 2: t.write(`apps/${svc}/docs/note-${i}.md`, `# Note ${i}\n\n${Array.from({ length: 10 + r.int(20) }, () => WORDS[r.int(WORDS.length)]).join(' ')}\n`, 'unrelated'); break;
      case 3: t.write(`apps/${svc}/package-${i}.json`, `${JSON.stringify({ name: `${svc}-${i}`, version: '1.0.0', dependencies: { lodash: '^4.17.21' } }, null, 2)}\n`, 'unrelated'); break;
      default: t.write(`apps/${svc}/assets/blob-${i}.bin`, Buffer.from(Array.from({ length: 512 }, () => r.int(256))).toString('latin1'), 'unrelated');
    }
  }
  return { root, files: t.files, bytes: t.bytes, kinds: t.kinds, clusters, k8sFolders: k8s, nodes, editTargets };
}

// ------------------------------------------------------------------------------------------------------------
// Kubernetes and Helm (issues 15, 16)

/** A ConfigMap's `application.properties` block (mounted over the image's conf): the auth switches and tuning. */
function k8sConfText(r, indent) {
  const lines = [
    'nacos.core.auth.enabled=true',
    'nacos.core.auth.system.type=nacos',
    'nacos.core.auth.caching.enabled=true',
    'nacos.core.auth.plugin.nacos.token.expire.seconds=18000',
    'server.servlet.contextPath=/nacos',
    'server.port=8848',
    'spring.sql.init.platform=mysql',
    'db.num=1',
    'db.url.0=jdbc:mysql://mysql:3306/nacos?characterEncoding=utf8&connectTimeout=1000&socketTimeout=3000',
    'db.user.0=${MYSQL_SERVICE_USER}',
    'db.password.0=${MYSQL_SERVICE_PASSWORD}',
    'db.pool.config.connectionTimeout=30000',
    `db.pool.config.maximumPoolSize=${10 + r.int(20)}`,
    'management.endpoints.web.exposure.include=prometheus',
  ];
  return lines.map(l => `${indent}${l}`).join('\n');
}

/**
 * One namespace's Nacos objects as YAML documents: per group a Secret (stringData: identity pair and token), and per
 * member a StatefulSet or Deployment whose env reads the Secret (`secretKeyRef`), with `NACOS_SERVERS` naming the
 * group's members (one cluster of `groupSize` workloads); every `confEvery`-th workload mounts a ConfigMap's
 * `application.properties` over the image's conf. `bad` groups disagree: one member reads another Secret.
 */
export function k8sNacosDocs(r, { workloads, groupSize = 4, prefix = '', confEvery = 5, badGroups = [], version = 'v2.4.3' }) {
  const docs = [];
  const groups = Math.ceil(workloads / groupSize);
  let n = 0;
  for (let g = 0; g < groups; g++) {
    const gid = `${prefix}g${String(g).padStart(3, '0')}`;
    const secretName = `nacos-auth-${gid}`;
    docs.push(['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${secretName}`, 'type: Opaque', 'stringData:',
      `  NACOS_AUTH_IDENTITY_KEY: X-Nacos-${token(r, 8)}`, `  NACOS_AUTH_IDENTITY_VALUE: ${token(r, 32)}`, `  NACOS_AUTH_TOKEN: ${secret(r)}`].join('\n'));
    if (badGroups.includes(g)) {
      docs.push(['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${secretName}-other`, 'type: Opaque', 'stringData:',
        `  NACOS_AUTH_IDENTITY_VALUE: ${token(r, 32)}`].join('\n'));
    }
    const members = [];
    for (let k = 0; k < groupSize && n + members.length < workloads; k++) members.push(`${prefix}nacos-${String(n + members.length + 1).padStart(3, '0')}`);
    const servers = members.map(m => `${m}-0.${m}-headless:8848`).join(' ');
    for (const [k, m] of members.entries()) {
      const sts = (n + k) % 4 !== 3;
      const conf = (n + k) % confEvery === 0;
      const ref = (name, key, from = secretName) => [`            - name: ${name}`, '              valueFrom:', '                secretKeyRef:', `                  name: ${from}`, `                  key: ${key}`];
      const y = [`apiVersion: apps/v1`, `kind: ${sts ? 'StatefulSet' : 'Deployment'}`, 'metadata:', `  name: ${m}`, '  labels:', `    app: ${m}`, 'spec:', '  replicas: 1'];
      if (sts) y.push(`  serviceName: ${m}-headless`);
      y.push('  selector:', '    matchLabels:', `      app: ${m}`, '  template:', '    metadata:', '      labels:', `        app: ${m}`, '    spec:', '      containers:',
        '        - name: nacos', `          image: nacos/nacos-server:${version}`, '          ports:', '            - containerPort: 8848', '          env:',
        '            - name: MODE', '              value: cluster', '            - name: NACOS_SERVERS', `              value: "${servers}"`,
        '            - name: JVM_XMN', `              value: ${128 + 64 * r.int(4)}m`,
        '            - name: NACOS_AUTH_ENABLE', '              value: "true"',
        ...ref('NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_KEY'),
        ...ref('NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_IDENTITY_VALUE', badGroups.includes(g) && k === members.length - 1 ? `${secretName}-other` : secretName),
        ...ref('NACOS_AUTH_TOKEN', 'NACOS_AUTH_TOKEN'),
        '          resources:', '            requests:', `              memory: ${1 + r.int(3)}Gi`, '              cpu: 500m');
      if (conf) {
        y.push('          volumeMounts:', '            - name: conf', '              mountPath: /home/nacos/conf/application.properties', '              subPath: application.properties',
          '      volumes:', '        - name: conf', '          configMap:', `            name: ${m}-conf`);
        docs.push(['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${m}-conf`, 'data:', '  application.properties: |', k8sConfText(r, '    ')].join('\n'));
      }
      docs.push(y.join('\n'));
      if (sts) docs.push(['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${m}-headless`, 'spec:', '  clusterIP: None', '  selector:', `    app: ${m}`, '  ports:', '    - port: 8848', '      name: http'].join('\n'));
    }
    n += members.length;
  }
  return { docs, nacos: n, groups };
}

/** A Deployment that is not Nacos (an app that talks to it). */
export function k8sAppDoc(name, i) {
  return ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', `  replicas: ${1 + (i % 3)}`, '  selector:', '    matchLabels:', `      app: ${name}`,
    '  template:', '    metadata:', '      labels:', `        app: ${name}`, '    spec:', '      containers:', `        - name: ${name}`,
    `          image: registry.example.com/shop/${name}:1.${i}.0`, '          env:', '            - name: SPRING_CLOUD_NACOS_SERVER_ADDR', '              value: nacos-001-headless:8848',
    '            - name: JVM_OPTS', '              value: -Xmx512m', '          ports:', '            - containerPort: 8080'].join('\n');
}

/**
 * The 200-workload manifest (issue 15): one multi-document `nacos-all.yaml` with 160 Nacos workloads (StatefulSets and
 * Deployments in clusters of 4 by `NACOS_SERVERS`, their Secrets, every fifth with a ConfigMap-mounted
 * `application.properties`, one group inconsistent) and 40 app Deployments.
 */
export function k8sManifestWorkload(root, { workloads = 200, seed = 6 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  const nacosCount = Math.round(workloads * 0.8);
  const { docs, nacos, groups } = k8sNacosDocs(r, { workloads: nacosCount, badGroups: [4] });
  for (let i = 0; nacos + i < workloads; i++) docs.push(k8sAppDoc(`${WORDS[i % WORDS.length]}-${i}`, i));
  const text = `# Generated benchmark workload: a large Nacos deployment in one manifest.\n${docs.join('\n---\n')}\n`;
  const file = t.write('deploy/nacos-all.yaml', text, 'yaml');
  return { root, file, files: t.files, bytes: t.bytes, workloads, nacosWorkloads: nacos, clusters: groups, documents: docs.length, lines: text.split('\n').length };
}

/**
 * Kubernetes folders for the large workspace: `count` folders, alternately plain manifests (Secret, ConfigMap,
 * StatefulSets of one cluster) and a Kustomize base with prod and staging overlays (secretGenerator literals and env
 * file, images newTag). Returns the number of Nacos nodes (one per workload, or per overlay).
 */
function k8sFolders(t, r, count) {
  let nodes = 0;
  for (let i = 0; i < count; i++) {
    const id = String(i).padStart(3, '0');
    if (i % 2 === 0) {
      const { docs, nacos } = k8sNacosDocs(r, { workloads: 3, groupSize: 3, prefix: `k${id}-`, confEvery: 3, badGroups: i % 10 === 4 ? [0] : [] });
      const secrets = docs.filter(d => /^kind: (Secret|ConfigMap)$/m.test(d));
      t.write(`k8s/nacos-${id}/secret.yaml`, `${secrets.join('\n---\n')}\n`, 'k8s');
      t.write(`k8s/nacos-${id}/nacos.yaml`, `${docs.filter(d => !secrets.includes(d)).join('\n---\n')}\n`, 'k8s');
      nodes += nacos;
    } else {
      const base = `kustomize/nacos-${id}`;
      const sts = k8sNacosDocs(r, { workloads: 1, groupSize: 1, prefix: '', confEvery: 1000 }).docs
        .filter(d => /^kind: (StatefulSet|Service)$/m.test(d)).join('\n---\n')
        .replace(/name: nacos-auth-g000/g, 'name: nacos-auth');
      t.write(`${base}/base/kustomization.yaml`, 'resources:\n  - statefulset.yaml\nlabels:\n  - pairs:\n      app.kubernetes.io/part-of: nacos\n', 'k8s');
      t.write(`${base}/base/statefulset.yaml`, `${sts}\n`, 'k8s');
      for (const env of ['prod', 'staging']) {
        t.write(`${base}/overlays/${env}/kustomization.yaml`, [
          'resources:', '  - ../../base', `namespace: nacos-${env}`, `namePrefix: ${env}-`, 'images:', '  - name: nacos/nacos-server', `    newTag: ${env === 'prod' ? 'v2.4.3' : 'v2.5.1'}`,
          'secretGenerator:', '  - name: nacos-auth', '    literals:', `      - NACOS_AUTH_TOKEN=${secret(r)}`, '    envs:', '      - auth.env', 'patches:', '  - path: replicas.yaml', '',
        ].join('\n'), 'k8s');
        t.write(`${base}/overlays/${env}/auth.env`, `NACOS_AUTH_IDENTITY_KEY=X-Nacos-${token(r, 8)}\nNACOS_AUTH_IDENTITY_VALUE=${token(r, 32)}\n`, 'env');
        t.write(`${base}/overlays/${env}/replicas.yaml`, `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos-001\nspec:\n  replicas: ${env === 'prod' ? 3 : 1}\n`, 'k8s');
        nodes++;
      }
    }
  }
  return nodes;
}

/**
 * A Helm chart (issue 16): `templates/` with 50 files (`_helpers.tpl`, the Nacos StatefulSet reading the auth values
 * with `quote` / `default` / `include`, its Service and ConfigMap, and 46 app Deployments built with `range`, `with`,
 * `toYaml | nindent`) and a `values.yaml` of `valuesLines` lines (the Nacos block, then one section per app).
 */
export function helmWorkload(root, { templates = 50, valuesLines = 2000, seed = 7 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  const apps = templates - 4;
  t.write('chart/Chart.yaml', 'apiVersion: v2\nname: shop\ndescription: Nacos and the shop services\ntype: application\nversion: 1.4.0\nappVersion: "2.4.3"\n', 'helm');
  t.write('chart/templates/_helpers.tpl', [
    '{{- define "shop.name" -}}', '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}', '{{- end }}',
    '{{- define "shop.fullname" -}}', '{{- printf "%s-%s" .Release.Name (include "shop.name" .) | trunc 63 | trimSuffix "-" }}', '{{- end }}',
    '{{- define "shop.labels" -}}', 'app.kubernetes.io/name: {{ include "shop.name" . }}', 'app.kubernetes.io/instance: {{ .Release.Name }}', 'app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}', '{{- end }}', '',
  ].join('\n'), 'helm');
  t.write('chart/templates/nacos-statefulset.yaml', `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "shop.fullname" . }}-nacos
  labels:
    {{- include "shop.labels" . | nindent 4 }}
spec:
  serviceName: {{ include "shop.fullname" . }}-nacos-headless
  replicas: {{ .Values.nacos.replicaCount }}
  selector:
    matchLabels:
      app: nacos
  template:
    metadata:
      labels:
        app: nacos
    spec:
      containers:
        - name: nacos
          image: "{{ .Values.nacos.image.repository }}:{{ .Values.nacos.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.nacos.image.pullPolicy }}
          env:
            - name: MODE
              value: {{ .Values.nacos.mode | quote }}
            - name: NACOS_AUTH_ENABLE
              value: {{ .Values.nacos.auth.enabled | quote }}
            - name: NACOS_AUTH_TOKEN
              value: {{ .Values.nacos.auth.token | quote }}
            - name: NACOS_AUTH_IDENTITY_KEY
              value: {{ .Values.nacos.auth.identityKey | quote }}
            - name: NACOS_AUTH_IDENTITY_VALUE
              value: {{ .Values.nacos.auth.identityValue | quote }}
            {{- range $k, $v := .Values.nacos.extraEnv }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          resources:
            {{- toYaml .Values.nacos.resources | nindent 12 }}
          volumeMounts:
            - name: conf
              mountPath: /home/nacos/conf/application.properties
              subPath: application.properties
      volumes:
        - name: conf
          configMap:
            name: {{ include "shop.fullname" . }}-nacos-conf
`, 'helm');
  t.write('chart/templates/nacos-service.yaml', `apiVersion: v1
kind: Service
metadata:
  name: {{ include "shop.fullname" . }}-nacos-headless
spec:
  clusterIP: None
  selector:
    app: nacos
  ports:
    - port: {{ .Values.nacos.service.port }}
      name: http
`, 'helm');
  t.write('chart/templates/nacos-configmap.yaml', `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "shop.fullname" . }}-nacos-conf
data:
  application.properties: |
    nacos.core.auth.enabled={{ .Values.nacos.auth.enabled }}
    nacos.core.auth.system.type=nacos
    server.port={{ .Values.nacos.service.port }}
    db.pool.config.maximumPoolSize={{ .Values.nacos.db.maxPool }}
`, 'helm');
  const names = Array.from({ length: apps }, (_, i) => `${WORDS[i % WORDS.length]}${Math.floor(i / WORDS.length) || ''}`);
  for (const name of names) {
    t.write(`chart/templates/${name}-deployment.yaml`, `{{- with .Values.apps.${name} }}
{{- if .enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" $ }}-${name}
  labels:
    {{- include "shop.labels" $ | nindent 4 }}
spec:
  replicas: {{ .replicaCount | default 1 }}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: "{{ .image.repository }}:{{ .image.tag }}"
          env:
            - name: SPRING_CLOUD_NACOS_SERVER_ADDR
              value: {{ printf "%s-nacos-headless:8848" (include "shop.fullname" $) | quote }}
            {{- range .env }}
            - name: {{ .name }}
              value: {{ .value | quote }}
            {{- end }}
          resources:
            {{- toYaml .resources | nindent 12 }}
{{- end }}
{{- end }}
`, 'helm');
  }
  const v = [
    '# Default values for the shop chart.', 'nameOverride: ""', '', 'nacos:', '  replicaCount: 3', '  mode: cluster',
    '  image:', '    repository: nacos/nacos-server', '    tag: v2.4.3', '    pullPolicy: IfNotPresent',
    '  auth:', '    enabled: true', `    token: ${secret(r)}`, `    identityKey: X-Nacos-${token(r, 8)}`, `    identityValue: ${token(r, 32)}`,
    '  extraEnv:', '    JVM_XMS: 1g', '    JVM_XMX: 1g', '    JVM_XMN: 512m', '  service:', '    port: 8848', '  db:', '    maxPool: 20',
    '  resources:', '    requests:', '      memory: 2Gi', '      cpu: "1"', '', 'apps:',
  ];
  // Each app section: the same shape, padded with `settings` lines so the file has `valuesLines` lines.
  const head = v.length;
  const perApp = Math.floor((valuesLines - head - 1) / apps);
  for (const [i, name] of names.entries()) {
    const s = [`  ${name}:`, `    enabled: ${i % 7 !== 6}`, `    replicaCount: ${1 + (i % 3)}`, '    image:', `      repository: registry.example.com/shop/${name}`, `      tag: 1.${i}.0`,
      '    resources:', '      requests:', `        memory: ${256 + 128 * (i % 4)}Mi`, '        cpu: 250m', '    env:', '      - name: SPRING_PROFILES_ACTIVE', '        value: prod', '    settings:'];
    for (let k = 0; s.length < perApp; k++) s.push(`      setting${String(k).padStart(3, '0')}: ${WORDS[r.int(WORDS.length)]}-${token(r, 6)}`);
    v.push(...s);
  }
  while (v.length < valuesLines) v.push(`  # padding ${v.length}`);
  const text = `${v.join('\n')}\n`;
  const file = t.write('chart/values.yaml', text, 'helm');
  return { root, file, files: t.files, bytes: t.bytes, templates: apps + 4, valuesLines: text.split('\n').length - 1 };
}

/**
 * Kubernetes YAML without Nacos (issue 15: it must cost no more than reading it): `files` manifests of app
 * Deployments, Services and ConfigMaps, some of which mention Nacos as the address apps talk to.
 */
export function k8sPlainWorkload(root, { files = 2000, seed = 9 } = {}) {
  const r = rng(seed);
  const t = new Tree(root);
  let file;
  for (let i = 0; i < files; i++) {
    const name = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    const cm = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}-config`, 'data:', `  SPRING_PROFILES_ACTIVE: prod`, `  FEATURE_FLAGS: "${token(r, 12)}"`].join('\n');
    const svc = ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`, 'spec:', '  selector:', `    app: ${name}`, '  ports:', '    - port: 80', '      targetPort: 8080'].join('\n');
    const p = t.write(`k8s/${name}/manifest.yaml`, `${[k8sAppDoc(name, i), svc, cm].join('\n---\n')}\n`, 'k8s');
    if (i === 0) file = p;
  }
  return { root, file, files: t.files, bytes: t.bytes };
}
