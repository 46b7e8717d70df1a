// Offline reading of guidance (docs/decisions/0005-guidance-offline-and-feedback.md).
// Registers the service worker and keeps this page, its guidance index and the
// stylesheets and fonts it uses in the cache, so that the reader can open them
// again without a network. Pages work the same without this script.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !("caches" in window) || !script) {
    return;
  }
  var CACHE = "guidance-v1";
  var worker = script.getAttribute("data-worker");
  var index = script.getAttribute("data-index");

  function sameOrigin(url) {
    try {
      return new URL(url, location.href).origin === location.origin;
    } catch (error) {
      return false;
    }
  }

  function pageUrl() {
    // The thank-you state of the helpfulness form is not a separate page.
    var url = new URL(location.href);
    url.hash = "";
    url.search = url.search.replace(/[?&]helpful=thanks/, "");
    return url.href;
  }

  function assets() {
    var urls = [];
    document.querySelectorAll("link[rel=stylesheet], link[rel=preload][as=font]")
      .forEach(function (link) {
        if (sameOrigin(link.href)) {
          urls.push(link.href);
        }
      });
    if (window.performance && performance.getEntriesByType) {
      performance.getEntriesByType("resource").forEach(function (entry) {
        if (entry.initiatorType === "css" && sameOrigin(entry.name)) {
          urls.push(entry.name); // fonts loaded by the stylesheets
        }
      });
    }
    return urls;
  }

  function keep() {
    var pages = [pageUrl()];
    if (index && sameOrigin(index)) {
      pages.push(new URL(index, location.href).href);
    }
    // Stylesheets and fonts were just downloaded: take them from the browser's
    // HTTP cache rather than spend the reader's data on them again.
    var requests = pages.map(function (url) {
      return new Request(url, { credentials: "same-origin" });
    }).concat(assets().map(function (url) {
      return new Request(url, { cache: "force-cache" });
    }));
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(requests.map(function (request) {
        return cache.add(request).catch(function () {}); // one failure must not stop the others
      }));
    }).then(function () {
      document.documentElement.setAttribute("data-offline-ready", "true");
    });
  }

  navigator.serviceWorker.register(worker, { scope: "/" })
    .then(function () {
      if (document.readyState === "complete") {
        return keep();
      }
      window.addEventListener("load", keep);
    })
    .catch(function () {});
})();
