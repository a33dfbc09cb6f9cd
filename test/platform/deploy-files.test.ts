import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

/**
 * The deployment files agree with each other and with the server, without Docker or a cluster
 * (fast, no network): every Kubernetes object is wired to one that exists (selectors, Services,
 * probes, ports, ConfigMap/Secret), every environment variable they set is one the server reads,
 * compose's dependencies and the gateway's upstreams name real services, the image runs what the
 * manifests run, and every metric an alert or a dashboard panel queries is one the server exports.
 * A renamed variable, label, port or metric fails here instead of in production.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const DEPLOY = join(ROOT, 'deploy');
const K8S = join(DEPLOY, 'k8s');

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (...p: string[]) => readFileSync(join(...p), 'utf8');
const yamlDocs = (file: string): Obj[] =>
  YAML.parseAllDocuments(readFileSync(file, 'utf8'), { merge: true }).map((d) => {
    expect(d.errors, file).toEqual([]);
    return d.toJS() as Obj;
  }).filter(Boolean);

/** Every variable the server reads (src/platform/config.ts is the one place that reads them). */
const CONFIG_VARS = new Set([...read(ROOT, 'src/platform/config.ts').matchAll(/\(env, '([A-Z0-9_]+)'/g)].map((m) => m[1]!));

const manifests: Obj[] = readdirSync(K8S)
  .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')
  .flatMap((f) => yamlDocs(join(K8S, f)).map((o) => ({ ...o, __file: f })));
const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const named = (kind: string, name: string) => ofKind(kind).find((m) => m.metadata.name === name);
const deployments = ofKind('Deployment');
const matches = (selector: Obj, labels: Obj) => Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** The Dockerfile's final stage: its CMD, USER, HEALTHCHECK. */
const dockerfile = read(DEPLOY, 'Dockerfile');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const dockerCmd = JSON.parse(/^CMD (\[.*\])$/m.exec(finalStage)![1]!) as string[];

describe('Kubernetes manifests', () => {
  it('parse, name their kind and name, and are all listed in the kustomization', () => {
    expect(CONFIG_VARS.size).toBeGreaterThan(20);
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['inventra-api', 'inventra-worker']);
    for (const m of manifests) {
      expect(m.apiVersion, m.__file).toEqual(expect.any(String));
      expect(m.metadata?.name, m.__file).toEqual(expect.any(String));
    }
    const kustomization = yamlDocs(join(K8S, 'kustomization.yaml'))[0]!;
    const files = readdirSync(K8S).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
  });

  it('Deployments: selector matches the pod labels; probes, resources and a non-root user on every container', () => {
    for (const d of deployments) {
      const name = d.metadata.name;
      const pod = d.spec.template;
      expect(matches(d.spec.selector.matchLabels, pod.metadata.labels), `${name} selector`).toBe(true);
      expect(pod.spec.securityContext?.runAsNonRoot, name).toBe(true);
      // The image's USER (node) has uid 1000; a different uid could not write the media volume.
      expect(/^USER node$/m.test(finalStage)).toBe(true);
      expect(pod.spec.securityContext.runAsUser, name).toBe(1000);
      for (const c of pod.spec.containers) {
        const where = `${name}/${c.name}`;
        const ports = new Map<string, number>(c.ports.map((p: Obj) => [p.name, p.containerPort]));
        // The image's command (tini stays the entrypoint): the manifests run what the Dockerfile runs.
        expect(c.args, where).toEqual(dockerCmd);
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
          const get = c[probe]?.httpGet;
          expect(get, `${where} ${probe}`).toBeDefined();
          expect(['/healthz', '/readyz'], `${where} ${probe}`).toContain(get.path);
          expect(typeof get.port === 'number' || ports.has(get.port), `${where} ${probe} port ${get.port}`).toBe(true);
        }
        expect(c.resources?.requests?.cpu, where).toBeDefined();
        expect(c.resources?.requests?.memory, where).toBeDefined();
        expect(c.resources?.limits?.memory, where).toBeDefined();
        expect(c.securityContext?.allowPrivilegeEscalation, where).toBe(false);
        // Scraped on the port the container listens on.
        expect(Number(pod.metadata.annotations?.['prometheus.io/port']), where).toBe([...ports.values()][0]);
        for (const e of c.env ?? []) {
          expect(CONFIG_VARS, `${where} env ${e.name}`).toContain(e.name);
          if (e.name === 'INVENTRA_ROLE') expect(['api', 'worker', 'all']).toContain(e.value);
        }
        for (const from of c.envFrom ?? []) {
          const ref = from.configMapRef ? named('ConfigMap', from.configMapRef.name) : named('Secret', from.secretRef.name);
          expect(ref, `${where} envFrom ${JSON.stringify(from)}`).toBeDefined();
        }
        for (const mount of c.volumeMounts ?? []) {
          expect(pod.spec.volumes.map((v: Obj) => v.name), `${where} mount ${mount.name}`).toContain(mount.name);
        }
      }
      for (const v of pod.spec.volumes ?? []) {
        if (v.persistentVolumeClaim) expect(named('PersistentVolumeClaim', v.persistentVolumeClaim.claimName), v.name).toBeDefined();
      }
    }
  });

  it('ConfigMap and Secret set only variables the server reads', () => {
    for (const m of [...ofKind('ConfigMap'), ...ofKind('Secret')]) {
      for (const key of Object.keys({ ...m.data, ...m.stringData })) expect(CONFIG_VARS, `${m.kind} ${m.metadata.name}: ${key}`).toContain(key);
    }
  });

  it('Service, Ingress, HorizontalPodAutoscaler and PodDisruptionBudgets point at what exists', () => {
    const api = named('Deployment', 'inventra-api')!;
    const apiPorts = api.spec.template.spec.containers[0].ports.map((p: Obj) => p.name);
    for (const svc of ofKind('Service')) {
      const selected = deployments.filter((d) => matches(svc.spec.selector, d.spec.template.metadata.labels));
      expect(selected.map((d) => d.metadata.name), svc.metadata.name).toEqual(['inventra-api']);
      for (const p of svc.spec.ports) expect(apiPorts, `${svc.metadata.name} targetPort`).toContain(p.targetPort);
    }
    for (const ing of ofKind('Ingress')) {
      for (const rule of ing.spec.rules) {
        for (const path of rule.http.paths) {
          const svc = named('Service', path.backend.service.name);
          expect(svc, `ingress backend ${path.backend.service.name}`).toBeDefined();
          expect(svc!.spec.ports.map((p: Obj) => p.name)).toContain(path.backend.service.port.name);
        }
      }
    }
    for (const hpa of ofKind('HorizontalPodAutoscaler')) {
      const target = named(hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name);
      expect(target, hpa.metadata.name).toBeDefined();
      // CPU utilization is measured against requests: without them the HPA never scales.
      for (const c of target!.spec.template.spec.containers) expect(c.resources.requests.cpu).toBeDefined();
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
    const pdbs = ofKind('PodDisruptionBudget');
    expect(pdbs.length).toBe(deployments.length);
    for (const pdb of pdbs) {
      const selected = deployments.filter((d) => matches(pdb.spec.selector.matchLabels, d.spec.template.metadata.labels));
      expect(selected.map((d) => d.metadata.name), pdb.metadata.name).toEqual([pdb.metadata.name]);
    }
  });
});

describe('compose.yaml, the gateway and the image', () => {
  const compose = yamlDocs(join(DEPLOY, 'compose.yaml'))[0]!;
  const services: Record<string, Obj> = compose.services;
  const inventra = Object.entries(services).filter(([, s]) => s.image === 'inventra:latest');

  it('runs 2 api replicas and a worker of the image built from deploy/Dockerfile, with variables the server reads', () => {
    const roles = inventra.map(([, s]) => s.environment.INVENTRA_ROLE).sort();
    expect(roles).toEqual(['api', 'api', 'worker']);
    for (const [name, s] of inventra) {
      expect(existsSync(join(DEPLOY, s.build.context, s.build.dockerfile)), name).toBe(true);
      for (const key of Object.keys(s.environment)) expect(CONFIG_VARS, `${name}: ${key}`).toContain(key);
      expect(s.stop_grace_period, name).toBeDefined();
    }
  });

  it('depends only on declared services, waits for health only where there is a healthcheck, mounts declared volumes and files that exist', () => {
    const imageHealthcheck = /^HEALTHCHECK /m.test(finalStage);
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, cond] of Object.entries<Obj>(s.depends_on ?? {})) {
        expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
        if (cond.condition === 'service_healthy') {
          const hasHealthcheck = services[dep]!.healthcheck !== undefined || (services[dep]!.image === 'inventra:latest' && imageHealthcheck);
          expect(hasHealthcheck, `${name} waits for ${dep} to be healthy`).toBe(true);
        }
      }
      for (const v of s.volumes ?? []) {
        const source = String(v).split(':')[0]!;
        if (source.startsWith('.')) expect(existsSync(join(DEPLOY, source)), `${name} mounts ${source}`).toBe(true);
        else expect(Object.keys(compose.volumes), `${name} volume ${source}`).toContain(source);
      }
    }
  });

  it('the gateway and Prometheus reach the api services by their compose names on the port the server listens on', () => {
    const port = /^\s*PORT=(\d+)/m.exec(finalStage)?.[1];
    expect(port).toBe('3000');
    const upstreams = [...read(DEPLOY, 'nginx/upstreams.conf').matchAll(/^\s*server ([\w.-]+):(\d+)/gm)];
    expect(upstreams.length).toBeGreaterThan(0);
    for (const [, host, p] of upstreams) {
      expect(services[host!]?.environment?.INVENTRA_ROLE, `upstream ${host}`).toBe('api');
      expect(p).toBe(port);
    }
    const prometheus = yamlDocs(join(DEPLOY, 'prometheus/prometheus.yml'))[0]!;
    const targets: string[] = prometheus.scrape_configs.flatMap((c: Obj) => c.static_configs.flatMap((s: Obj) => s.targets));
    expect(targets.sort()).toEqual(inventra.map(([name]) => `${name}:${port}`).sort());
    // The nginx config mounts the files the gateway service mounts, by the same names.
    const mounted = services.gateway!.volumes.map((v: string) => v.split(':')[1]);
    for (const include of read(DEPLOY, 'nginx/nginx.conf').matchAll(/^\s*include ([\w./-]+);/gm)) {
      if (!include[1]!.startsWith('/')) expect(mounted, `nginx include ${include[1]}`).toContain(`/etc/nginx/${include[1]}`);
    }
  });

  it.skipIf(spawnSync('nginx', ['-v']).error !== undefined)('nginx -t accepts the shipped config (compose names mapped to loopback)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inventra-nginx-t-'));
    try {
      for (const f of ['nginx.conf', 'inventra.conf']) writeFileSync(join(dir, f), read(DEPLOY, 'nginx', f));
      // Same blocks and options; only the names nginx would have to resolve here change.
      writeFileSync(join(dir, 'upstreams.conf'), read(DEPLOY, 'nginx/upstreams.conf').replace(/server api-\d+:/g, 'server 127.0.0.1:'));
      execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Prometheus alerts and the Grafana dashboard', () => {
  /** Metric names in a PromQL expression: what is left once labels, ranges, groupings and functions are gone. */
  function metricNames(expr: string): string[] {
    const bare = expr
      .replace(/"[^"]*"/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
      .replace(/\b[a-z_]+\s*\(/g, ' ( ')
      .replace(/\b(and|or|unless|bool|offset)\b/g, ' ');
    return [...bare.matchAll(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b/g)].map((m) => m[0]);
  }

  it('query only metrics the server exports', async () => {
    const exported = new Set<string>(['up']); // Prometheus's own, per target
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\bname: '([a-z_:]+)'/g)) exported.add(m[1]!);
      }
    };
    walk(join(ROOT, 'src'));
    const registry = new Registry();
    collectDefaultMetrics({ register: registry }); // what the server's /metrics adds (process_*, nodejs_*)
    for (const m of await registry.getMetricsAsJSON()) exported.add(m.name);

    const alerts = yamlDocs(join(DEPLOY, 'prometheus/alerts.yml'))[0]!;
    const dashboard = JSON.parse(read(DEPLOY, 'grafana/inventra.json')) as Obj;
    const exprs: [string, string][] = [
      ...alerts.groups.flatMap((g: Obj) => g.rules.map((r: Obj) => [`alert ${r.alert}`, r.expr])),
      ...dashboard.panels.flatMap((p: Obj) => (p.targets ?? []).map((t: Obj) => [`panel ${p.title}`, t.expr])),
    ];
    expect(exprs.length).toBeGreaterThan(10);
    for (const [where, expr] of exprs) {
      const names = metricNames(expr);
      expect(names.length, where).toBeGreaterThan(0);
      for (const name of names) {
        expect(exported.has(name) || exported.has(name.replace(/_(bucket|sum|count)$/, '')), `${where}: ${name}`).toBe(true);
      }
    }
  });
});
