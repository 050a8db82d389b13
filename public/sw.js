// Keeps search working offline: on install it caches the Pagefind files the build lists in
// pagefind/search-files.json; afterwards every Pagefind request goes to the network first (so a new
// deploy is picked up at once) and falls back to the cache when the network is gone.
// Other requests pass through untouched.
const cacheName = 'search-index';
const scope = new URL(self.registration.scope);
const pagefindPath = `${scope.pathname}pagefind/`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const list = await fetch(`${pagefindPath}search-files.json`);
      const files = await list.json();
      const cache = await caches.open(cacheName);
      await cache.addAll(files.map((file) => `${pagefindPath}${file}`));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (
    event.request.method !== 'GET' ||
    url.origin !== scope.origin ||
    !url.pathname.startsWith(pagefindPath)
  ) {
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      try {
        const response = await fetch(event.request);
        if (response.ok) await cache.put(event.request, response.clone());
        return response;
      } catch (error) {
        const cached = await cache.match(event.request);
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
