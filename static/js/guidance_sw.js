// The offline-reading service worker, served at /sw.js (docs/decisions/0005).
// Pages go to the network first and fall back to what the guidance pages put in
// the cache (guidance_offline.js); stylesheets and fonts come from the cache first.
// It caches nothing by itself and never touches other sites' requests.
"use strict";

var CACHE = "guidance-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("guidance-") === 0 && name !== CACHE;
      }).map(function (name) {
        return caches.delete(name);
      }));
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function fromCache(request, options) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, options);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).then(function (response) {
        // Keep the stored copy of a page the reader kept up to date.
        if (response.ok) {
          var copy = response.clone();
          fromCache(request, { ignoreSearch: false }).then(function (kept) {
            if (kept) {
              caches.open(CACHE).then(function (cache) {
                cache.put(request, copy);
              });
            }
          });
        }
        return response;
      }).catch(function () {
        return fromCache(request, { ignoreSearch: true }).then(function (kept) {
          return kept || Response.error();
        });
      })
    );
    return;
  }
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(
      fromCache(request).then(function (kept) {
        return kept || fetch(request);
      })
    );
  }
});
