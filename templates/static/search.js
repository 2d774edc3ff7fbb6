/* Gazette search: reads the index that `gazette build` writes under search/ and shows results.
   Plain JavaScript, no dependencies. Words are folded exactly as dev.gazette.search.Terms does. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.fetch || !''.normalize) { return; }
  if (!window.DecompressionStream) {
    document.getElementById('search-status').textContent = 'Search needs a newer browser'
      + ' (one that can unpack gzip). The tag index and the timeline list every article.';
    return;
  }
  var indexUrl = root.getAttribute('data-index');
  var dir = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  var base = root.getAttribute('data-base') || '/';
  var input = document.getElementById('q');
  var form = document.getElementById('search-form');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var filters = document.getElementById('search-filters');
  var yearSelect = document.getElementById('search-year');
  var tagSelect = document.getElementById('search-tag');

  var PAGE = 10;             // results shown at once
  var DEBOUNCE = 25;         // ms after a keystroke before searching: coalesces bursts and pastes
  var EXTRA_BUDGET = 24000;  // characters of further posting tiers one query may fetch (inflated)
  var EXPANSIONS = 6;        // completions of the word being typed
  var PHRASE_CHECKS = 40;    // fragments fetched per page to check phrases
  var MAX_TERMS = 6;         // words looked up per query: each costs a dictionary shard and postings
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = {};
  for (var i = 0; i < ALPHABET.length; i++) { DIGIT[ALPHABET.charAt(i)] = i; }
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'þ': 'th', 'ı': 'i', 'ς': 'σ' };
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function fold(w) {
    return w.toLowerCase().normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '')
      .replace(/[ßæœøđðłþıς]/g, function (c) { return SPECIAL[c]; });
  }
  function words(text) {
    var out = [];
    (text.match(WORD) || []).forEach(function (w) { w = fold(w); if (w) { out.push(w); } });
    return out;
  }

  /* The text of a response. Index files are stored gzipped (.gz); a server that sends them with
     Content-Encoding: gzip has the browser inflate them already, so only bytes that still start
     with gzip's magic number are inflated here. */
  function readBody(r) {
    return r.arrayBuffer().then(function (b) {
      var head = new Uint8Array(b, 0, Math.min(2, b.byteLength));
      if (head[0] !== 0x1f || head[1] !== 0x8b) { return new TextDecoder().decode(b); }
      return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    });
  }
  var loaded = {};
  function get(url, asJson) {
    if (!loaded[url]) {
      loaded[url] = fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
        return readBody(r);
      }).then(function (t) { return asJson ? JSON.parse(t) : t; });
      loaded[url].catch(function () { delete loaded[url]; });
    }
    return loaded[url];
  }

  var manifest = null;
  function loadManifest() {
    if (!manifest) {
      manifest = get(indexUrl, true).then(function (m) {
        m.stopSet = new Set(m.stop);
        return m;
      });
      manifest.catch(function () { manifest = null; });
    }
    return manifest;
  }
  function indexed(m, w) { return w.length >= 2 && w.length <= 40 && !m.stopSet.has(w); }

  /* The shard holding a term: the last one whose first term is not after it. */
  function shardFor(m, term) {
    var lo = 0;
    var hi = m.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.shards[mid][0] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }
  function loadShard(m, i) {
    return get(dir + 'd/' + m.shards[i][1] + '.json.gz', true).then(function (s) {
      if (!s.map) { s.map = new Map(); s.t.forEach(function (e) { s.map.set(e[0], e); }); }
      return s;
    });
  }
  /* The entry of one term, or of the completions of a prefix (the exact word, then the most
     frequent), from its shard and at most three following ones. */
  function lookup(m, term, prefix) {
    var first = shardFor(m, term);
    var shards = [first];
    for (var i = first + 1; prefix && i < m.shards.length && i <= first + 3
      && m.shards[i][0].lastIndexOf(term, 0) === 0; i++) { shards.push(i); }
    return Promise.all(shards.map(function (k) { return loadShard(m, k); })).then(function (loaded) {
      var found = [];
      loaded.forEach(function (s) {
        if (!prefix) {
          var e = s.map.get(term);
          if (e) { found.push(e); }
          return;
        }
        s.t.forEach(function (e) { if (e[0].lastIndexOf(term, 0) === 0) { found.push(e); } });
      });
      found.sort(function (a, b) { return (b[0] === term) - (a[0] === term) || b[1] - a[1]; });
      return found.slice(0, EXPANSIONS);
    });
  }

  function decode(text, into, weight) {
    var id = 0;
    var pos = 0;
    function next() {
      var v = 0;
      var mult = 1;
      for (;;) {
        var d = DIGIT[text.charAt(pos++)];
        v += (d & 31) * mult;
        if (d < 32) { return v; }
        mult *= 32;
      }
    }
    while (pos < text.length) {
      id += next();
      into(id, next() * weight);
    }
  }

  /* One group of alternatives the results must match: a word, or the completions of a prefix. */
  function Slot(entries, exact, m) {
    this.entries = entries;
    this.exact = exact;
    this.scores = new Map();
    this.complete = true;
    this.df = entries.reduce(function (n, e) { return Math.max(n, e[1]); }, 0);
    this.idf = entries.map(function (e) {
      return Math.log(1 + (m.count - e[1] + 0.5) / (e[1] + 0.5)) / m.weightScale * (e[0] === exact ? 1 : 0.7);
    });
    this.tiersLoaded = entries.map(function () { return 0; });
  }
  Slot.prototype.add = function (k, text) {
    var scores = this.scores;
    decode(text, function (id, w) {
      var old = scores.get(id);
      if (old === undefined || w > old) { scores.set(id, w); }
    }, this.idf[k]);
  };
  Slot.prototype.check = function () {
    var self = this;
    this.complete = this.entries.every(function (e, k) { return typeof e[2] === 'string' || self.tiersLoaded[k] === e[2].length; });
  };
  function loadTier(t) {
    return get(dir + t.file, false).then(function (text) {
      t.slot.add(t.k, text);
      t.slot.tiersLoaded[t.k]++;
    });
  }
  /* Loads the slots' postings: inline ones at once; the first tier of each frequent term; and
     further tiers, smallest first, while `budget` allows. Which tiers fit depends only on their
     sizes, which the shards give, so every file is chosen first and all are fetched at once. */
  function fill(slots, budget) {
    var picks = [];
    var planned = slots.map(function (s) {
      return s.entries.map(function (e, k) {
        if (typeof e[2] === 'string') { s.add(k, e[2]); return 0; }
        picks.push({ slot: s, k: k, file: e[2][0][0], size: e[2][0][2] });
        return 1;
      });
    });
    for (;;) {
      var best = null;
      slots.forEach(function (s, si) {
        s.entries.forEach(function (e, k) {
          if (typeof e[2] !== 'string' && planned[si][k] < e[2].length) {
            var t = e[2][planned[si][k]];
            if (!best || t[2] < best.size) { best = { slot: s, si: si, k: k, file: t[0], size: t[2] }; }
          }
        });
      });
      if (!best || best.size > budget) { break; }
      budget -= best.size;
      planned[best.si][best.k]++;
      picks.push(best);
    }
    return Promise.all(picks.map(loadTier)).then(function () {
      slots.forEach(function (s) { s.check(); });
    });
  }

  /* Typographic double quotes (smart punctuation types them for ") delimit phrases too. */
  var QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
  function parse(q) {
    var parts = q.replace(QUOTES, '"').split('"');
    var plain = [];
    var phrases = [];
    parts.forEach(function (p, i) {
      if (i % 2 === 1 && i < parts.length - 1) {
        var w = words(p);
        if (w.length) { phrases.push(w); }
      } else {
        plain = plain.concat(words(p));
      }
    });
    // The word being typed is a prefix, unless the query ends with a space or a quote. In a
    // phrase not closed yet (a phrase being typed) its words are plain words, the last a prefix.
    var typing = plain.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(q);
    return { plain: plain, phrases: phrases, prefix: typing ? plain[plain.length - 1] : null };
  }

  function dayToYear(m, id) {
    var day = Math.floor(id / m.slotsPerDay);
    if (day === 0) { return 'undated'; }
    return String(new Date(Date.UTC(1800, 0, day)).getUTCFullYear());
  }

  var sequence = 0;
  var state = null;

  function search(q, t0) {
    var seq = ++sequence;
    var query = parse(q);
    root.setAttribute('data-state', 'searching');
    return loadManifest().then(function (m) {
      var wanted = [];
      var seen = new Set();
      query.plain.forEach(function (w) {
        if (indexed(m, w) && !seen.has(w)) { seen.add(w); wanted.push({ term: w, prefix: w === query.prefix }); }
      });
      query.phrases.forEach(function (p) {
        p.forEach(function (w) { if (indexed(m, w) && !seen.has(w)) { seen.add(w); wanted.push({ term: w, prefix: false }); } });
      });
      if (query.prefix && !indexed(m, query.prefix) && query.prefix.length >= 2 && !m.stopSet.has(query.prefix)) {
        wanted.push({ term: query.prefix, prefix: true });
      }
      // A pasted sentence would fetch a shard and postings for every word, past what one query
      // may cost: the first words are looked up and the reader is told which were left out.
      // Words of a phrase left out are still checked in the text, with the rest of the phrase.
      query.leftOut = wanted.slice(MAX_TERMS).map(function (w) { return w.term; });
      wanted = wanted.slice(0, MAX_TERMS);
      if (!wanted.length) { return { m: m, q: q, query: query, slots: [] }; }
      return Promise.all(wanted.map(function (w) {
        return lookup(m, w.term, w.prefix && w.term.length >= 2);
      })).then(function (found) {
        if (found.some(function (f) { return !f.length; })) { return { m: m, q: q, query: query, slots: [] }; }
        var slots = found.map(function (f, i) { return new Slot(f, wanted[i].term, m); });
        var budget = slots.length > 1 || query.phrases.length ? EXTRA_BUDGET : 0;
        return fill(slots, budget).then(function () { return { m: m, q: q, query: query, slots: slots }; });
      });
    }).then(function (r) {
      if (seq !== sequence) { return; }
      r.t0 = t0;
      state = r;
      rank(r);
      return show(r, true);
    }).catch(function (e) {
      if (seq !== sequence) { return; }
      status.textContent = 'Search failed: ' + e.message;
      root.setAttribute('data-state', 'error');
    });
  }

  /* All the words (AND), best BM25 score first, newest first on a tie. */
  function rank(r) {
    if (!r.slots.length) { r.all = []; r.complete = true; return; }
    var slots = r.slots.slice().sort(function (a, b) { return a.scores.size - b.scores.size; });
    var ids = [];
    var score = new Map();
    slots[0].scores.forEach(function (w, id) {
      var s = w;
      for (var i = 1; i < slots.length; i++) {
        var o = slots[i].scores.get(id);
        if (o === undefined) { return; }
        s += o;
      }
      ids.push(id);
      score.set(id, s);
    });
    ids.sort(function (a, b) { return score.get(b) - score.get(a) || b - a; });
    r.all = ids;
    r.total = undefined;
    r.complete = r.slots.every(function (s) { return s.complete; });
    // A single word's count is its document frequency, whatever was fetched.
    if (r.slots.length === 1 && r.slots[0].entries.length === 1) { r.total = r.slots[0].df; }
  }

  function filtered(r) {
    var year = yearSelect.value;
    var ids = r.all || [];
    if (year) { ids = ids.filter(function (id) { return dayToYear(r.m, id) === year; }); }
    if (r.tagIds) { ids = ids.filter(function (id) { return r.tagIds.has(id); }); }
    return ids;
  }

  function fragment(id) { return get(dir + 'f/' + id.toString(36) + '.json.gz', true); }

  function phraseIn(words, phrase) {
    outer: for (var i = 0; i + phrase.length <= words.length; i++) {
      for (var j = 0; j < phrase.length; j++) { if (words[i + j] !== phrase[j]) { continue outer; } }
      return true;
    }
    return false;
  }
  function matchesPhrases(r, f) {
    if (!r.query.phrases.length) { return true; }
    if (!f.words) { f.words = words(f.t); f.bodyWords = words(f.x); }
    return r.query.phrases.every(function (p) { return phraseIn(f.words, p) || phraseIn(f.bodyWords, p); });
  }

  /* Shows the next page of results (the first when fresh). */
  function show(r, fresh) {
    if (fresh) {
      r.candidates = filtered(r);
      r.next = 0;
      r.shown = [];
      r.checked = 0;
      r.rejected = 0;
      list.textContent = '';
      updateYears(r);
    }
    var page = [];
    var limit = r.query.phrases.length ? PHRASE_CHECKS : PAGE;
    function step() {
      if (page.length >= PAGE || r.next >= r.candidates.length || limit <= 0) { return Promise.resolve(); }
      var batch = r.candidates.slice(r.next, r.next + Math.min(PAGE - page.length, limit));
      r.next += batch.length;
      limit -= batch.length;
      return Promise.all(batch.map(fragment)).then(function (fs) {
        fs.forEach(function (f, i) {
          r.checked++;
          if (matchesPhrases(r, f)) { page.push({ id: batch[i], f: f }); } else { r.rejected++; }
        });
        return step();
      });
    }
    var seq = sequence;
    return step().then(function () {
      if (seq !== sequence) { return; }
      page.forEach(function (p) { list.appendChild(card(r, p.f)); r.shown.push(p.f); });
      announce(r);
      updateTags(r);
      more.hidden = r.next >= r.candidates.length;
      root.setAttribute('data-ms', String(Math.round(performance.now() - r.t0)));
      root.setAttribute('data-query', r.q);
      root.setAttribute('data-state', 'done');
    });
  }

  function announce(r) {
    status.textContent = '';
    var q = r.q.trim();
    if (!q) { return; }
    announceCount(r, q);
    var left = r.query.leftOut || [];
    if (left.length) {
      status.appendChild(document.createTextNode(' Only the first ' + MAX_TERMS
        + ' words were searched; left out: ' + left.join(', ') + '.'));
    }
  }

  function announceCount(r, q) {
    var n = r.candidates.length;
    var text;
    if (r.query.phrases.length) {
      // Phrases are checked on the fetched text: until every candidate is, the count is estimated.
      var verified = r.checked - r.rejected;
      text = r.next < r.candidates.length && r.checked
        ? 'About ' + Math.max(verified, Math.round(n * verified / r.checked)) + ' results'
        : plural(verified);
    } else {
      if (!r.yearOrTag && r.total !== undefined) { n = r.total; }
      text = (r.complete || n === r.total ? '' : 'At least ') + plural(n);
    }
    if (!r.shown.length && r.next < r.candidates.length) {
      // Only the best candidates were checked for the phrases: the others may still have them.
      status.textContent = 'Not found yet for “' + q + '”: the first ' + r.checked
        + ' articles with these words do not have the phrase. “More results” checks further.';
      return;
    }
    if (!r.shown.length) {
      status.appendChild(document.createTextNode('No results for “' + q + '”. Try the '));
      var a = document.createElement('a');
      a.href = root.getAttribute('data-tags');
      a.textContent = 'tag index';
      status.appendChild(a);
      status.appendChild(document.createTextNode(' or the '));
      var b = document.createElement('a');
      b.href = root.getAttribute('data-archive');
      b.textContent = 'timeline';
      status.appendChild(b);
      status.appendChild(document.createTextNode('.'));
      return;
    }
    status.textContent = text + ' for “' + q + '”, showing ' + r.shown.length + '.';
  }
  function plural(n) { return n + (n === 1 ? ' result' : ' results'); }

  function updateYears(r) {
    var chosen = yearSelect.value;
    var counts = new Map();
    (r.all || []).forEach(function (id) { var y = dayToYear(r.m, id); counts.set(y, (counts.get(y) || 0) + 1); });
    if (chosen && !counts.has(chosen)) { counts.set(chosen, 0); }
    while (yearSelect.options.length > 1) { yearSelect.remove(1); }
    Array.from(counts.keys()).sort().reverse().forEach(function (y) {
      var o = document.createElement('option');
      o.value = y;
      o.textContent = (y === 'undated' ? 'Undated' : y) + ' (' + counts.get(y) + (r.complete ? '' : '+') + ')';
      yearSelect.appendChild(o);
    });
    yearSelect.value = chosen;
    filters.hidden = !(r.all && r.all.length);
  }

  function updateTags(r) {
    var chosen = tagSelect.value;
    var counts = new Map();
    var names = new Map();
    r.shown.forEach(function (f) {
      f.g.forEach(function (t) { names.set(t[1], t[0]); counts.set(t[1], (counts.get(t[1]) || 0) + 1); });
    });
    if (chosen && !names.has(chosen)) { names.set(chosen, state.tagName || chosen); counts.set(chosen, 0); }
    while (tagSelect.options.length > 1) { tagSelect.remove(1); }
    Array.from(names.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || (a < b ? -1 : 1); })
      .slice(0, 30).forEach(function (slug) {
        var o = document.createElement('option');
        o.value = slug;
        o.textContent = names.get(slug);
        tagSelect.appendChild(o);
      });
    tagSelect.value = chosen;
  }

  function card(r, f) {
    var li = document.createElement('li');
    li.className = 'card';
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = base + f.u;
    a.textContent = f.t;
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'meta';
    if (f.d) {
      var time = document.createElement('time');
      time.dateTime = f.d;
      var parts = f.d.split('-');
      time.textContent = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]))
        .toLocaleDateString(document.documentElement.lang || undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      meta.appendChild(time);
    } else {
      meta.textContent = 'Undated';
    }
    li.appendChild(meta);
    if (f.g.length) {
      var tags = document.createElement('ul');
      tags.className = 'tags';
      f.g.forEach(function (t) {
        var tl = document.createElement('li');
        var ta = document.createElement('a');
        ta.href = base + 'tags/' + encodeURIComponent(t[1]) + '/';
        ta.textContent = t[0];
        tl.appendChild(ta);
        tags.appendChild(tl);
      });
      li.appendChild(tags);
    }
    li.appendChild(snippet(r, f.x));
    return li;
  }

  /* About 30 words around the densest cluster of matches, matches in <mark>, all as text nodes. */
  function snippet(r, text) {
    var terms = new Set();
    r.slots.forEach(function (s) { s.entries.forEach(function (e) { terms.add(e[0]); }); });
    r.query.phrases.forEach(function (p) { p.forEach(function (w) { terms.add(w); }); });
    var prefix = r.query.prefix;
    var tokens = [];
    var re = new RegExp(WORD.source, 'gu');
    var m;
    while ((m = re.exec(text)) !== null) {
      var w = fold(m[0]);
      tokens.push({ start: m.index, end: m.index + m[0].length, hit: terms.has(w) || (!!prefix && w.lastIndexOf(prefix, 0) === 0) });
    }
    var span = 30;
    var best = 0;
    var bestCount = -1;
    for (var i = 0; i < tokens.length; i++) {
      if (!tokens[i].hit) { continue; }
      var c = 0;
      for (var j = i; j < Math.min(tokens.length, i + span); j++) { if (tokens[j].hit) { c++; } }
      if (c > bestCount) { bestCount = c; best = i; }
    }
    var from = Math.max(0, best - 6);
    var to = Math.min(tokens.length, from + span);
    var p = document.createElement('p');
    p.className = 'summary';
    if (!tokens.length) { return p; }
    var pos = tokens[from].start;
    if (from > 0) { p.appendChild(document.createTextNode('… ')); }
    for (var k = from; k < to; k++) {
      var t = tokens[k];
      if (t.start > pos) { p.appendChild(document.createTextNode(text.slice(pos, t.start))); }
      if (t.hit) {
        var mark = document.createElement('mark');
        mark.textContent = text.slice(t.start, t.end);
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(text.slice(t.start, t.end)));
      }
      pos = t.end;
    }
    if (to < tokens.length) {
      p.appendChild(document.createTextNode(text.slice(pos, tokens[to].start).replace(/\s+$/, '') + ' …'));
    } else {
      p.appendChild(document.createTextNode(text.slice(pos)));
    }
    return p;
  }

  function applyFilters() {
    if (!state) { return; }
    var r = state;
    r.t0 = performance.now();
    var slug = tagSelect.value;
    r.yearOrTag = !!(slug || yearSelect.value);
    syncUrl();
    var ready = Promise.resolve();
    if (slug) {
      var opt = tagSelect.options[tagSelect.selectedIndex];
      r.tagName = opt ? opt.textContent : slug;
      ready = lookup(r.m, '#' + slug, false).then(function (found) {
        var ids = new Set();
        if (!found.length) { r.tagIds = ids; return; }
        var slot = new Slot(found, '#' + slug, r.m);
        return fill([slot], EXTRA_BUDGET).then(function () {
          slot.scores.forEach(function (w, id) { ids.add(id); });
          r.tagIds = ids;
        });
      });
    } else {
      r.tagIds = null;
    }
    var seq = ++sequence;
    return ready.then(function () { if (seq === sequence) { return show(r, true); } });
  }

  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value) { params.set('q', input.value); }
    if (yearSelect.value) { params.set('year', yearSelect.value); }
    if (tagSelect.value) { params.set('tag', tagSelect.value); }
    var s = params.toString();
    history.replaceState(null, '', location.pathname + (s ? '?' + s : ''));
  }

  var timer = 0;
  function onInput() {
    var t0 = performance.now();
    clearTimeout(timer);
    timer = setTimeout(function () {
      yearSelect.value = '';
      tagSelect.value = '';
      syncUrl();
      if (!input.value.trim()) {
        ++sequence;
        state = null;
        list.textContent = '';
        status.textContent = '';
        filters.hidden = true;
        more.hidden = true;
        root.setAttribute('data-query', '');
        root.setAttribute('data-state', 'done');
        return;
      }
      search(input.value, t0);
    }, DEBOUNCE);
  }

  input.addEventListener('input', onInput);
  form.addEventListener('submit', function (e) { e.preventDefault(); onInput(); });
  yearSelect.addEventListener('change', applyFilters);
  tagSelect.addEventListener('change', applyFilters);
  more.addEventListener('click', function () {
    if (!state) { return; }
    var r = state;
    var seq = sequence;
    r.t0 = performance.now();
    var before = list.children.length;
    root.setAttribute('data-more', 'loading');
    show(r, false).then(function () {
      // Only for these results, and only while the focus is still where the click left it (the
      // reader may have gone on typing a new query meanwhile).
      if (sequence !== seq) { return; }
      var at = document.activeElement;
      if (at && at !== more && at !== document.body) { return; }
      // To the first new result: the button may have hidden itself, and the focus on it with it.
      var first = list.children[before] || (more.hidden && list.lastElementChild);
      var link = first && first.querySelector('a');
      if (link) {
        link.focus();
      } else if (more.hidden) {
        status.tabIndex = -1; // nothing more was found: to what the status says of it
        status.focus();
      }
    }).then(function () { root.setAttribute('data-more', 'done'); });
  });

  var params = new URLSearchParams(location.search);
  var initial = params.get('q') || '';
  input.value = initial;
  if (initial.trim()) {
    var y = params.get('year');
    var tag = params.get('tag');
    search(initial, performance.now()).then(function () {
      if (!state || !(y || tag)) { return; }
      if (y) {
        if (!Array.from(yearSelect.options).some(function (o) { return o.value === y; })) {
          var o = document.createElement('option'); o.value = y; o.textContent = y; yearSelect.appendChild(o);
        }
        yearSelect.value = y;
      }
      if (tag) {
        if (!Array.from(tagSelect.options).some(function (o) { return o.value === tag; })) {
          var t = document.createElement('option'); t.value = tag; t.textContent = tag; tagSelect.appendChild(t);
        }
        tagSelect.value = tag;
      }
      return applyFilters();
    });
  } else {
    // Every query needs the manifest: fetched now, the first one waits one round trip less.
    loadManifest().catch(function () {});
    root.setAttribute('data-state', 'done');
  }
})();
