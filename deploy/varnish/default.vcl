vcl 4.1;
# The front cache of the Altai newsroom (docs/decisions/017-cache-tags-and-purge-fan-out.md):
# load-balances the app replicas round robin with health probes, caches reader pages as the
# app's Cache-Control allows, and drops pages by cache tag (vmod_xkey, Debian `varnish-modules`).
#
# Backends: the lines between `BACKENDS BEGIN` and `BACKENDS END` are the only ones that name
# replicas. As shipped they are the compose file's `app1:3000` and `app2:3000`; to run more
# replicas add a `backend appN` block and an `lb.add_backend(appN);` line (the director `lb`
# is made here too, so this block is the whole list). The test harness
# (scripts/lib/cluster.mjs, `clusterVcl`) writes its own loopback ports into the same place.
#
# Purging: the app sends `PURGE /` with an `xkey-purge: <tag> <tag> …` header (space-separated,
# the tags of src/revalidate/tags.ts) to FRONT_CACHE_PURGE_URL; every cached page whose `xkey`
# header names one of the tags is dropped. Only addresses in the `purgers` ACL may purge. The
# `xkey` header never reaches a client.
#
# What is cached: GET/HEAD of reader pages whose response says `s-maxage=…` (not private, not
# no-store) and sets no cookie. Never: POST and other methods, /admin, /api, /next (preview), a
# request with a session, draft or pending-comment cookie, Next's router requests.

import std;
import directors;
import xkey;

# Health probe (vcl-probe(7) of Varnish 7.1 for the attributes; the users' guide, "Backend
# servers" > "Health checks"). A replica is healthy while at least `.threshold` of the last
# `.window` probes got a 200 within `.timeout`. The probe asks for the English front page, which
# the replica's reader edge answers from memory; under a load of pages rendered per request (the
# pending-comment view at c=50 on 2 shared cores: p90 4.7 s, p99 9 s in the bench at load 19-24)
# that answer still waits its turn on the replica's busy event loop, and a 5 s timeout with 2 of 3
# had the replicas marked sick, turning a slow answer into a fast 503 for every reader (the bench
# now counts none). So a slow answer counts as long as it comes within 10 s, and one replica is taken
# out only after 6 of the last 8 probes failed (window 8 and threshold 3 are vcl-probe(7)'s own
# defaults; `.initial = 3` counts a replica healthy from the start, as the harness and compose
# start Varnish only once the replicas answer): a dead replica (connection refused, at once) is out
# after about 6 s, during which vcl_backend_error retries each read on the other replica.
probe health {
  .url = "/en";
  .interval = 1s;
  .timeout = 10s;
  .window = 8;
  .threshold = 3;
  .initial = 3;
}

# Backends. No `.max_connections`: in Varnish 7.1 (Debian 12, the tests and the bench) a fetch past
# that limit fails at once with a 503 (counter MAIN.backend_busy) — Varnish has no queue for
# backend connections before the backend connection queue of VIP31 (`.wait_timeout`,
# `.wait_limit`, later releases). Without a limit, overload queues where it is cheap: each replica
# accepts the connection and serves its requests in turn on its event loop, and a fetch waits at
# most `.first_byte_timeout`. Varnish's own worker threads (2 pools of at least 100, the default)
# are never the limit at these concurrencies (MAIN.sess_queued stays 0 in the bench).

# BACKENDS BEGIN
backend app1 {
  .host = "app1";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .probe = health;
}
backend app2 {
  .host = "app2";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .probe = health;
}
sub vcl_init {
  new lb = directors.round_robin();
  lb.add_backend(app1);
  lb.add_backend(app2);
}
# BACKENDS END

# Who may purge: loopback and the private networks the app replicas live on (compose network).
acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

# Proxies in front of this cache whose X-Forwarded-For is believed (a TLS terminator; loopback in the tests).
acl forwarders {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  set req.backend_hint = lb.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header missing"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }

  # The app (TRUST_PROXY=1) takes the first X-Forwarded-For address as the reader's. Varnish has
  # appended the client's address; only a proxy in `forwarders` may name the reader itself.
  if (client.ip !~ forwarders) {
    set req.http.x-forwarded-for = client.ip;
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api|next)(/|\?|$)") {
    return (pass);
  }
  # A signed-in editor, a draft preview, or a reader with pending comments sees a page made for them.
  if (req.http.cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data|altai_mine)=") {
    return (pass);
  }
  # Next's client router asks for other representations of the same address with these headers.
  if (req.http.rsc || req.http.next-router-state-tree || req.http.next-action) {
    return (pass);
  }
  # The comment form's clock (the `altai_opened` cookie, signed by the app) starts when a reader
  # first opens an article: a reader without one gets the article from the app (whose own page
  # cache answers, with the cookie); a reader with one is served the cached copy.
  if (req.url ~ "^/[^/]+/articles/[^/?]+/?$" && req.http.cookie !~ "(^|;\s*)altai_opened=") {
    return (pass);
  }
  # Cookies do not change a public page: hash without them.
  unset req.http.cookie;
  # One cached copy per page, stored gzip-compressed as the replica sent it (http_gzip_support, on
  # by default: Varnish asks the backend for gzip on every miss and keeps the gzip body, and
  # Vary: Accept-Encoding then needs no second copy). A reader whose Accept-Encoding names gzip
  # (every browser) gets those bytes as they are; one that does not is sent them gunzipped, which
  # costs a decompression per answer (the "Compression" chapter of the Varnish book).
  return (hash);
}

sub vcl_backend_response {
  # A cached article fetched for a reader who has a clock already: the fresh clock the app sets is
  # per reader and is not stored with the shared copy (that reader keeps the older, longer clock).
  if (!bereq.uncacheable && beresp.http.set-cookie ~ "^altai_opened=[^,]*$") {
    unset beresp.http.set-cookie;
  }
  if (beresp.status != 200 || beresp.http.set-cookie || beresp.http.cache-control ~ "private|no-store" || beresp.http.cache-control !~ "s-maxage=[1-9]") {
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }
  # A page is kept as long as the app says (s-maxage) and dropped at once by a tag purge; for a
  # short while a stale copy may answer when every replica is down.
  set beresp.grace = 30s;
  return (deliver);
}

sub vcl_backend_fetch {
  if (bereq.retries > 0) {
    set bereq.backend = lb.backend();
  }
}

sub vcl_backend_error {
  # A replica that just died: a read is tried on the next one (the probe takes it out within ~6 s).
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.x-front-cache = "HIT";
  } else {
    set resp.http.x-front-cache = "MISS";
  }
  unset resp.http.xkey;
  unset resp.http.via;
}
