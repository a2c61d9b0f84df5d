// Start Debian's Firefox ESR headless with a fresh profile, driven by Puppeteer over WebDriver BiDi
// (the protocol built into Firefox: no geckodriver, no browser download), and keep it off the
// network. See docs/adr/0006-firefox.md. Plain JS so `node scripts/*.mjs` runs it without a compile
// step.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

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
 * a future Firefox adds still cannot leave the machine, and is reported instead. They override
 * Puppeteer's own Firefox defaults where both set a pref (Puppeteer points some URLs at dummy.test).
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

// Last resort when Node exits before close() finished: kill what is still running and delete its
// profile, synchronously. Puppeteer kills a browser it launched on exit too, but deletes only
// profiles it made itself. Never throws, so the other exit handlers (Puppeteer's) still run.
const live = new Map(); // profile dir → Firefox's pid, once known
process.on('exit', () => {
  for (const [profile, pid] of live) {
    try {
      if (pid) process.kill(-pid, 'SIGKILL');
    } catch {}
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {}
  }
});

/**
 * Launches Firefox headless through Puppeteer with a fresh temporary profile holding the quiet
 * preferences, every proxyable request sent to a local sink. `extensionUuids` ({ addonId: uuid })
 * fixes the moz-extension:// host of those add-ons, so their pages can be opened by URL.
 * Returns Puppeteer's `browser`, the sink's record of stray requests (`strayHosts`, host or
 * host:port strings) and `close()`, which ends Firefox, the sink and the profile; it is safe to call
 * more than once. Rejects when Firefox does not start within Puppeteer's launch timeout (30 s).
 */
export async function launchFirefox(firefox, { extensionUuids = {} } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'brieflight-firefox-'));
  live.set(profile, undefined);
  const sink = await startSink();
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () =>
    (closing ??= (async () => {
      const pid = browser?.process()?.pid;
      await browser?.close().catch(() => undefined);
      // browser.close() can fail half-way (its connection cut by a signal): end the group anyway.
      try {
        if (pid) process.kill(-pid, 'SIGKILL');
      } catch {}
      await sink.close();
      // Retries: Firefox's last processes may still be writing to the profile as they die.
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
      live.delete(profile);
    })());
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox,
      headless: true,
      userDataDir: profile,
      // The caller's SIGINT/SIGTERM handler closes everything; Puppeteer's own would exit first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Lets BiDi navigate a tab to moz-extension:// pages (the popup); without it Firefox refuses
      // any navigation that a web page could not make. Loopback only, and the profile is thrown away.
      args: ['-no-remote', '-new-instance', '-remote-allow-system-access'],
      extraPrefsFirefox: {
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
      },
      env: {
        ...process.env,
        MOZ_HEADLESS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        // Firefox's test-harness switch: no connections beyond loopback (the proxy sink is
        // loopback), and the remote settings override above takes effect.
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      },
    });
  } catch (err) {
    await close();
    throw err;
  }
  live.set(profile, browser.process()?.pid);
  return { browser, strayHosts: sink.hosts, close };
}
