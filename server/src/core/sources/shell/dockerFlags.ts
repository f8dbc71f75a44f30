// Options of `docker run`/`docker create` (docker CLI 28, `docker run --help` plus hidden aliases) and the extras of
// `podman run`: which take a value. The CLI parses them with spf13/pflag and stops at the first non-option (the image).

/** Long options that take a value. */
export const DOCKER_RUN_VALUE = new Set([
  'add-host', 'annotation', 'attach', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop', 'cgroup-parent',
  'cgroupns', 'cidfile', 'cpu-count', 'cpu-percent', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime',
  'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems', 'detach-keys', 'device', 'device-cgroup-rule', 'device-read-bps',
  'device-read-iops', 'device-write-bps', 'device-write-iops', 'dns', 'dns-option', 'dns-opt', 'dns-search', 'domainname',
  'entrypoint', 'env', 'env-file', 'expose', 'gpus', 'group-add', 'health-cmd', 'health-interval', 'health-retries',
  'health-start-interval', 'health-start-period', 'health-timeout', 'hostname', 'io-maxbandwidth', 'io-maxiops', 'ip',
  'ip6', 'ipc', 'isolation', 'kernel-memory', 'label', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt',
  'mac-address', 'memory', 'memory-reservation', 'memory-swap', 'memory-swappiness', 'mount', 'name', 'network', 'net',
  'network-alias', 'net-alias', 'oom-score-adj', 'pid', 'pids-limit', 'platform', 'publish', 'pull', 'restart',
  'runtime', 'security-opt', 'shm-size', 'stop-signal', 'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit',
  'user', 'userns', 'uts', 'volume', 'volume-driver', 'volumes-from', 'workdir',
]);

/** Boolean long options (`--rm`, also `--rm=false`). */
export const DOCKER_RUN_BOOL = new Set([
  'detach', 'disable-content-trust', 'help', 'init', 'interactive', 'no-healthcheck', 'oom-kill-disable', 'privileged',
  'publish-all', 'quiet', 'read-only', 'rm', 'sig-proxy', 'tty', 'use-api-socket',
]);

/** Short options: the value-taking ones map to their long name; the others are booleans. */
export const DOCKER_RUN_SHORT_VALUE: Record<string, string> = {
  a: 'attach', c: 'cpu-shares', e: 'env', h: 'hostname', l: 'label', m: 'memory', p: 'publish', u: 'user', v: 'volume',
  w: 'workdir',
};
export const DOCKER_RUN_SHORT_BOOL: Record<string, string> = { d: 'detach', i: 'interactive', t: 'tty', P: 'publish-all', q: 'quiet' };

/** Extra value options of `podman run` (podman 5). */
export const PODMAN_RUN_VALUE = new Set([
  'arch', 'authfile', 'cert-dir', 'cgroup-conf', 'cgroups', 'chrootdirs', 'conmon-pidfile', 'creds', 'decryption-key',
  'env-merge', 'gidmap', 'group-entry', 'health-log-destination', 'health-max-log-count', 'health-max-log-size',
  'health-on-failure', 'health-startup-cmd', 'health-startup-interval', 'health-startup-retries',
  'health-startup-success', 'health-startup-timeout', 'hostuser', 'hosts-file', 'image-volume', 'init-path',
  'log-level', 'os', 'passwd-entry', 'personality', 'pidfile', 'pod', 'pod-id-file', 'preserve-fd', 'preserve-fds',
  'rdt-class', 'requires', 'retry', 'retry-delay', 'sdnotify', 'seccomp-policy', 'secret', 'shm-size-systemd',
  'subgidname', 'subuidname', 'systemd', 'timeout', 'tz', 'uidmap', 'umask', 'unsetenv', 'variant',
]);
export const PODMAN_RUN_BOOL = new Set([
  'env-host', 'http-proxy', 'no-hosts', 'passwd', 'read-only-tmpfs', 'replace', 'rmi', 'rootfs', 'tls-verify',
  'unsetenv-all',
]);

/** Global options before the subcommand (`docker -H host run …`). */
export const DOCKER_GLOBAL_VALUE = new Set(['host', 'context', 'config', 'log-level', 'tlscacert', 'tlscert', 'tlskey']);
export const DOCKER_GLOBAL_SHORT_VALUE: Record<string, string> = { H: 'host', c: 'context', l: 'log-level' };
export const PODMAN_GLOBAL_VALUE = new Set([
  'url', 'connection', 'identity', 'root', 'runroot', 'storage-driver', 'storage-opt', 'log-level', 'cgroup-manager',
  'events-backend', 'network-config-dir', 'conmon', 'runtime', 'tmpdir', 'module', 'ssh', 'imagestore',
]);
