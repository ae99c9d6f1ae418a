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

# A replica is healthy while its English front page answers 200; two misses in the last three
# take it out, two good answers bring it back.
probe health {
  .url = "/en";
  .interval = 1s;
  .timeout = 5s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

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
  # A replica that just died: a read is tried on the next one (the probe takes it out within ~2 s).
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
