/** sessionStorage key: when the page last reloaded itself because part of it did not load. */
export const RELOADED_AT_KEY = 'netatlas.reloadedAt';
/** Why a request of the page was dropped, in the words the page shows (here and in loadPart). */
export const DROPPED_REQUEST_WHY = "Chrome does that when the host's network interfaces change, as they do whenever Docker starts a container";
/** A second failure within this many ms of a reload is shown in words instead of reloading again. */
export const RELOAD_AGAIN_AFTER_MS = 30_000;

/**
 * An inline script (it runs before the bundle) for a page whose own scripts did not all load. Chrome
 * drops every request in flight when the host's network interfaces change (ERR_NETWORK_CHANGED), and
 * a Docker host changes them whenever a container starts or joins a network: a chunk lost that way
 * leaves the server-rendered page on screen, dead, saying "Connecting…" forever. Before the app has
 * started (`<html data-booted>`, set by BootMark), a failed script or stylesheet of the bundle reloads
 * the page once; a second failure soon after says so in words, with what failed and what to do.
 */
export const BOOT_GUARD_SCRIPT = `(function () {
  var KEY = ${JSON.stringify(RELOADED_AT_KEY)};
  var told = false;
  addEventListener('error', function (e) {
    var t = e.target;
    if (!t || (t.tagName !== 'SCRIPT' && t.tagName !== 'LINK') || document.documentElement.hasAttribute('data-booted')) return;
    var url = t.src || t.href || '';
    if (url.indexOf('/_next/static/') < 0) return;
    var last = 0;
    try { last = Number(sessionStorage.getItem(KEY) || 0); } catch (_) {}
    if (Date.now() - last > ${RELOAD_AGAIN_AFTER_MS}) {
      try { sessionStorage.setItem(KEY, String(Date.now())); } catch (_) {}
      location.reload();
      return;
    }
    if (told) return;
    told = true;
    var d = document.createElement('div');
    d.setAttribute('role', 'alert');
    d.setAttribute('data-testid', 'boot-failed');
    d.textContent = 'Part of this page did not load (' + url.split('/').pop() + '), so the map cannot start. The browser dropped the request: '
      + ${JSON.stringify(DROPPED_REQUEST_WHY)} + '. Reload the page.';
    d.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:1000;padding:8px 16px;background:#fef2f2;color:#991b1b;border-bottom:1px solid #fecaca;font:14px system-ui,sans-serif';
    var show = function () { document.body.appendChild(d); };
    if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
  }, true);
})();`;
