// Start Debian's Firefox ESR headless with a fresh profile and talk to it over WebDriver BiDi, the
// protocol built into Firefox (no geckodriver, no web-ext, no new dependency). See
// docs/adr/0006-firefox.md. Plain JS so `node scripts/*.mjs` runs it without a compile step.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX_INSTALL_HINT =
  'Firefox not found: install it with `apt-get install -y firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH.';

/** $FIREFOX_PATH, else /usr/bin/firefox-esr, else /usr/bin/firefox; undefined when none exists. */
export function findFirefox() {
  const candidates = process.env.FIREFOX_PATH
    ? [process.env.FIREFOX_PATH]
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => existsSync(path));
}

/**
 * Preferences that keep Firefox's own traffic at home: no telemetry, updates, experiments, remote
 * settings, safe browsing, captive portal or connectivity checks, DNS-over-HTTPS or prefetching. On
 * top of these, every proxyable request is sent to a local sink (see `launchFirefox`), so whatever
 * a future Firefox adds still cannot leave the machine, and is reported instead.
 */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.system.topsites': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.search.suggest.enabled': false,
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.tabs.warnOnClose': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'datareporting.usage.uploadEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'nimbus.remote-settings.enabled': false,
  'privacy.query_stripping.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Firefox's own "no remote settings" value; release builds honour it only with
  // MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 in the environment (set below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.enabled': false,
  'signon.management.page.breach-alerts.enabled': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
  // Extensions: a fixed moz-extension:// host for ours (set per launch below), no recommendations.
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.webextensions.restrictedDomains': '',
};

function userJs(prefs) {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * A proxy that forwards nothing: it records the host of each request Firefox sends it and refuses
 * it. Requests to 127.0.0.1 never reach it (Firefox does not proxy loopback).
 */
async function startSink() {
  const hosts = [];
  const server = createServer((req, res) => {
    hosts.push(new URL(req.url ?? '/', 'http://unknown').host);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    hosts.push(req.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    hosts,
    close: () =>
      new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      }),
  };
}

// Last resort when the process exits before close() finished (a signal during start-up): kill
// what is still running and delete its profile, synchronously.
const live = new Map(); // pid → profile dir
process.on('exit', () => {
  for (const [pid, profile] of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
    rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * Launches Firefox headless with a fresh temporary profile and WebDriver BiDi on a free port.
 * `extensionUuids` ({ addonId: uuid }) fixes the moz-extension:// host of those add-ons, so their
 * pages can be opened by URL.
 * Returns the BiDi client, the sink's record of stray requests, and `close()`, which kills Firefox
 * and deletes the profile; it is safe to call more than once.
 */
export async function launchFirefox(firefox, { extensionUuids = {}, startupTimeoutMs = 20_000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'brieflight-firefox-'));
  const sink = await startSink();
  const prefs = {
    ...QUIET_PREFS,
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sink.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sink.port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
  };
  writeFileSync(join(profile, 'user.js'), userJs(prefs) + '\n');

  const child = spawn(
    firefox,
    [
      '-headless',
      '-no-remote',
      '-new-instance',
      '-profile',
      profile,
      '--remote-debugging-port=0',
      // Lets BiDi navigate a tab to moz-extension:// pages (the popup); without it Firefox refuses
      // any navigation that a web page could not make. Loopback only, and the profile is thrown away.
      '-remote-allow-system-access',
      'about:blank',
    ],
    {
      // Its own process group, so close() can end Firefox's content processes with it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        MOZ_HEADLESS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        // Firefox's test-harness switch: no connections beyond loopback (the proxy sink is
        // loopback), and the remote settings override above takes effect.
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      },
    },
  );
  if (child.pid) live.set(child.pid, profile);
  let output = '';
  let exited = false;
  child.on('exit', () => (exited = true));

  /** @type {BiDi | undefined} */
  let bidi;
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => (closing ??= shutdown());
  const shutdown = async () => {
    bidi?.close();
    if (!exited && child.pid) {
      const gone = new Promise((done) => child.once('exit', done));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 3000);
      await gone;
      clearTimeout(timer);
    }
    if (child.pid) live.delete(child.pid);
    await sink.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Firefox did not start within ${startupTimeoutMs} ms:\n${output}`)), startupTimeoutMs);
      const onData = (chunk) => {
        output += chunk;
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Firefox exited (${code}) before it started:\n${output}`));
      });
    });
    bidi = await BiDi.connect(`${url}/session`);
  } catch (err) {
    await close();
    throw err;
  }
  return { bidi, strayHosts: sink.hosts, output: () => output, close };
}

/** A minimal WebDriver BiDi client over Node's WebSocket. */
export class BiDi {
  static async connect(url) {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new BiDi(ws);
  }

  constructor(ws) {
    this.ws = ws;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
    ws.addEventListener('message', (event) => this.onMessage(JSON.parse(String(event.data))));
    ws.addEventListener('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  onMessage(msg) {
    if (msg.type === 'event') {
      for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params);
      return;
    }
    const waiter = this.pending.get(msg.id);
    if (!waiter) return;
    this.pending.delete(msg.id);
    if (msg.type === 'error') waiter.reject(new Error(`${waiter.method}: ${msg.error}: ${msg.message}`));
    else waiter.resolve(msg.result);
  }

  /** Sends a command and resolves with its result. */
  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  /**
   * Evaluates `expression` (synchronous, JSON-serialisable) in `context` and returns its value.
   * The result travels as one JSON string.
   */
  async evaluate(context, expression) {
    const result = await this.send('script.evaluate', {
      expression: `JSON.stringify(${expression})`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') {
      throw new Error(`script.evaluate: ${result.exceptionDetails?.text ?? 'exception'}`);
    }
    const value = result.result?.value;
    return value === undefined ? undefined : JSON.parse(value);
  }

  close() {
    try {
      this.ws.close();
    } catch {}
  }
}
