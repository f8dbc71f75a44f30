#!/usr/bin/env bash
# A standalone Nacos started with docker run (issue 17): the token secret is written on the command line, and the
# identity pair is the published default.
set -euo pipefail
docker run -d --name nacos-standalone -p 8848:8848 \
  -e MODE=standalone \
  -e NACOS_AUTH_ENABLE=true \
  -e NACOS_AUTH_IDENTITY_KEY=serverIdentity \
  -e NACOS_AUTH_IDENTITY_VALUE=security \
  -e NACOS_AUTH_TOKEN=Vr4m9pQ2xL7sK1wZ8bN3cH6tF0yJ5aE2uG9dR4kM7qA= \
  nacos/nacos-server:v2.4.3
