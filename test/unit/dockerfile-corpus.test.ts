// Every Dockerfile of the nacos-docker image tags in the corpus (discovered: nacos-docker-*/build/Dockerfile*). They
// build the images themselves (FROM centos/alpine/eclipse-temurin/…, ENV defaults, `ADD conf/application.properties`,
// ENTRYPOINT docker-startup.sh): each must read without an error, every ENV the file writes must be found with its
// written place, and the conf file the image ships must be found in the build context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../corpus';
import { dockerfileImage, type EnvEntry } from '../../server/src/core/sources/dockerfile';

test('corpus: every nacos-docker Dockerfile gives its image (env, conf file, entrypoint, workdir)', (t) => {
  const root = corpusDir();
  if (!root) {
    t.skip('corpus not found');
    return;
  }
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  let files = 0;
  let envs = 0;
  for (const tag of readdirSync(root).filter((d) => d.startsWith('nacos-docker-')).sort()) {
    const build: string = join(root, tag, 'build').replace(/\\/g, '/');
    let names: string[] = [];
    try {
      names = readdirSync(build).filter((f) => /^Dockerfile/.test(f));
    } catch {
      continue;
    }
    for (const name of names) {
      files++;
      const path: string = `${build}/${name}`;
      const text: string = readFileSync(path, 'utf8');
      const img = dockerfileImage(path, text, { context: build, readFile: read });
      const where = `${tag}/build/${name}`;
      assert.ok(img, where);
      assert.deepEqual(img.problems.filter((p) => p.kind === 'error'), [], where);
      assert.equal(img.nacosTag, undefined, `${where}: builds the image itself, from ${img.baseImage?.raw}`);
      assert.ok(img.baseImage, `${where}: a base image`);
      // Every `NAME=` / legacy `ENV NAME` the file writes is in the image, its key span on the name.
      const written = new Set<string>();
      for (const m of text.matchAll(/^\s*ENV\s+(\w+)[\s=]/gm)) written.add(m[1]);
      for (const m of text.matchAll(/^\s+(\w+)=/gm)) written.add(m[1]);
      for (const n of written) {
        const e: EnvEntry | undefined = img.env.find((x) => x.name === n);
        assert.ok(e, `${where}: ENV ${n}`);
        assert.equal(text.slice(e.written.keySpan.start, e.written.keySpan.end), n);
        e.written.offsets.forEach((o: number, k: number) => o >= 0 && assert.equal(text[o], e.value[k], `${where}: ${n}[${k}]`));
        envs++;
      }
      assert.equal(img.env.find((e) => e.name === 'BASE_DIR')?.value, '/home/nacos', where);
      assert.equal(img.workdir, '/home/nacos', where);
      assert.match(img.entrypoint?.args.join(' ') ?? '', /docker-startup\.sh/, where);
      if (/^(?:ADD|COPY)\s.*conf\/application\.properties/m.test(text)) {
        const conf = img.files.find((f) => f.target === 'application.properties');
        assert.ok(conf, `${where}: the image's conf/application.properties`);
        assert.equal(conf.dest, '/home/nacos/conf/application.properties');
        assert.equal(conf.sourcePath, `${build}/conf/application.properties`);
        assert.equal(conf.exists, true, where);
      }
    }
  }
  t.diagnostic(`${files} Dockerfiles, ${envs} ENV entries checked`);
  assert.ok(files >= 45, `found ${files}`);
});
