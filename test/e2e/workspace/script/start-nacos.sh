#!/usr/bin/env bash
# Two nodes of one cluster, started with docker run (random test data; the published pair on purpose).
set -euo pipefail
SERVERS="10.0.0.1:8848 10.0.0.2:8848"
for n in 1 2; do
  :
done
docker run -d --name nacos-1 \
  --env-file ./nacos.env \
  -e NACOS_SERVERS="$SERVERS" \
  -e NACOS_AUTH_IDENTITY_KEY=serverIdentity \
  -e NACOS_AUTH_IDENTITY_VALUE=security \
  nacos/nacos-server:v2.4.3
docker run -d --name nacos-2 \
  --env-file ./nacos.env \
  -e NACOS_SERVERS="$SERVERS" \
  -e NACOS_AUTH_IDENTITY_KEY=serverIdentity \
  -e NACOS_AUTH_IDENTITY_VALUE=security \
  nacos/nacos-server:v2.4.3
