'use strict';
// The mock's dashboard: reads /mock/v1/events (server-sent events); its forms are in actions.js.
// Every value goes into the page as text (textContent), never as markup.
(function () {
  const PAGE = 100;
  const bySeq = new Map();
  let order = [];
  let page = 0;
  let dirty = false;
  const $ = (id) => document.getElementById(id);

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function resultText(r) {
    if (r.resultCode == null) return 'pending';
    const word = r.resultCode === 0 ? 'OK' : 'FAILED';
    const key = r.resultKey ? ' ' + r.resultKey : '';
    const msg = r.resultMessage && r.resultMessage !== r.resultKey ? ' – ' + r.resultMessage : '';
    return word + ' ' + r.resultCode + key + msg;
  }

  function imageText(r) {
    if (!r.imageType) return '';
    const res = r.resolution && r.resolution !== '0x0' ? ', ' + r.resolution.replace('x', '×') : '';
    return r.imageType + ', ' + r.imageSize + ' bytes' + res;
  }

  function matches(r, op, code) {
    if (op && r.operation !== op) return false;
    if (code === 'ok') return r.resultCode === 0;
    if (code === 'error') return r.resultCode !== 0;
    if (code) return String(r.resultCode) === code;
    return true;
  }

  function upsert(rows) {
    for (const r of rows) {
      if (!bySeq.has(r.seq)) order.push(r.seq);
      bySeq.set(r.seq, r);
    }
    // Arrival order is almost always seq order; sort only when it is not.
    for (let i = 1; i < order.length; i++) {
      if (order[i - 1] > order[i]) { order.sort((a, b) => a - b); break; }
    }
    refreshFilterChoices(rows);
    schedule();
  }

  function refreshFilterChoices(rows) {
    addChoices($('filter-operation'), rows.map((r) => r.operation));
    addChoices($('filter-code'), rows.map((r) => r.resultCode).filter((c) => c != null).map(String));
  }

  function addChoices(select, values) {
    const have = new Set(Array.from(select.options).map((o) => o.value));
    for (const v of values) {
      if (have.has(v)) continue;
      have.add(v);
      const o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    }
  }

  function schedule() {
    if (dirty) return;
    dirty = true;
    requestAnimationFrame(renderJournal);
  }

  // Renders one page only: with 10 000 entries the page still holds at most PAGE rows.
  function renderJournal() {
    dirty = false;
    const op = $('filter-operation').value;
    const code = $('filter-code').value;
    let matched = 0;
    const shown = [];
    const skip = page * PAGE;
    for (let i = order.length - 1; i >= 0; i--) {
      const r = bySeq.get(order[i]);
      if (!matches(r, op, code)) continue;
      if (matched >= skip && shown.length < PAGE) shown.push(r);
      matched++;
    }
    const pages = Math.max(1, Math.ceil(matched / PAGE));
    if (page >= pages) { page = pages - 1; return schedule(); }
    const body = document.createElement('tbody');
    for (const r of shown) {
      const tr = document.createElement('tr');
      tr.dataset.seq = r.seq;
      // The time of day to the millisecond, as a button that opens the request's detail.
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'open-detail';
      open.textContent = r.time && r.time.length > 23 ? r.time.substring(11, 23) : String(r.time);
      open.title = 'Details of the request at ' + r.time;
      open.addEventListener('click', () => showDetail(r.seq));
      cell(tr, '').appendChild(open);
      cell(tr, r.method + ' ' + r.operation);
      cell(tr, r.version);
      cell(tr, resultText(r), r.resultCode === 0 ? 'result result-ok' : 'result result-err');
      cell(tr, r.latencyMs != null ? r.latencyMs.toFixed(1) + ' ms' : '', 'num');
      cell(tr, r.keyVersion);
      cell(tr, imageText(r));
      cell(tr, r.fault || (r.envelope && r.envelope.startsWith('fault:') ? r.envelope.substring(6) : ''));
      body.appendChild(tr);
    }
    $('journal').replaceChild(body, $('journal').tBodies[0]);
    $('journal-count').textContent = '(' + matched + ' shown of ' + order.length + ')';
    $('page-info').textContent = 'page ' + (page + 1) + ' of ' + pages;
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page >= pages - 1;
  }

  // One request's detail from the admin API: every field, and the answer as the mock masked it
  // when the entry was made (the journal holds no unmasked value, so neither can this).
  let opener = null;
  async function showDetail(seq) {
    opener = document.activeElement;
    let r = bySeq.get(seq) || {};
    try {
      const res = await fetch('/mock/v1/requests/' + encodeURIComponent(seq));
      if (res.ok) r = await res.json();
    } catch (e) {
      // The row the page has is still worth showing.
    }
    const list = document.createElement('dl');
    list.id = 'detail-list';
    for (const [k, v] of Object.entries(r)) {
      if (k === 'answer') continue;
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = v == null ? '–' : String(v);
      list.append(dt, dd);
    }
    $('detail').replaceChild(list, $('detail-list'));
    $('detail-answer').textContent = r.answer ? JSON.stringify(r.answer, null, 2) : '(no answer kept)';
    $('detail').hidden = false;
    $('detail-close').focus();
  }

  function closeDetail() {
    $('detail').hidden = true;
    if (opener && document.body.contains(opener)) opener.focus();
  }

  function fill(tableId, rows) {
    const body = document.createElement('tbody');
    for (const cells of rows) {
      const tr = document.createElement('tr');
      for (const c of cells) {
        const td = cell(tr, c.text != null ? c.text : c);
        if (c.cls) td.className = c.cls;
      }
      body.appendChild(tr);
    }
    const t = $(tableId);
    t.replaceChild(body, t.tBodies[0]);
  }

  function renderState(s) {
    $('clock-offset').textContent = s.clockOffsetSeconds + ' s (mock time ' + s.now + ')';
    $('fixtures').textContent = String(s.fixtures);
    $('rate-limit').textContent = s.rateLimitPerSecond > 0 ? s.rateLimitPerSecond + ' calls/s' : 'none';
    $('journal-size').textContent = s.journalSize + ' entries';
    const keys = [];
    const reqKeys = [];
    let live = 0;
    for (const [app, a] of Object.entries(s.apps)) {
      for (const [service, k] of Object.entries(a.keys)) {
        keys.push([app, service, { text: k.current, cls: 'current-version' }, k.versions.join(', '),
          k.retired.length ? k.retired.join(', ') : 'none']);
      }
      live += a.liveRequestKeys;
      for (const rk of a.requestKeys.slice(-50).reverse()) {
        reqKeys.push([app, rk.id, rk.state, { text: rk.remainingSeconds, cls: 'num' }]);
      }
    }
    fill('keys', keys);
    fill('request-keys', reqKeys);
    $('live-keys').textContent = '(' + live + ' live)';
    renderFixtures(s.fixtureList || []);
    fill('faults', s.faults.map((f) => [f.endpoint,
      (f.resultCode != null ? 'result code ' + f.resultCode : (f.kind || 'none')) + (f.delayMs ? ', delay ' + f.delayMs + ' ms' : ''),
      { text: f.remaining, cls: 'num' }]));
  }

  // Rebuilt only when the list changes: each rebuild would fetch every thumbnail again.
  let fixturesShown = null;
  function renderFixtures(list) {
    const key = JSON.stringify(list);
    if (key === fixturesShown) return;
    fixturesShown = key;
    const body = document.createElement('tbody');
    for (const f of list) {
      const tr = document.createElement('tr');
      const td = cell(tr, f.thumbnail ? '' : 'not seen yet');
      if (f.thumbnail) {
        const img = document.createElement('img');
        img.className = 'thumbnail';
        img.src = '/mock/v1/fixtures/' + encodeURIComponent(f.service) + '/' + encodeURIComponent(f.sha256) + '/thumbnail';
        img.alt = 'fixture image ' + f.sha256.substring(0, 12);
        td.appendChild(img);
      }
      cell(tr, f.service);
      const sha = cell(tr, f.sha256.substring(0, 12) + '…', 'hash');
      sha.title = f.sha256;
      cell(tr, (f.resultCode != null ? 'result code ' + f.resultCode : (f.idType || 'a result'))
        + (f.authentic ? '' : ', not authentic'));
      body.appendChild(tr);
    }
    $('fixture-list').replaceChild(body, $('fixture-list').tBodies[0]);
  }

  function connect() {
    const es = new EventSource('/mock/v1/events');
    es.addEventListener('open', () => { $('conn').textContent = 'live'; $('conn').className = ''; });
    es.addEventListener('error', () => { $('conn').textContent = 'disconnected, retrying…'; $('conn').className = 'down'; });
    es.addEventListener('snapshot', (e) => { bySeq.clear(); order = []; upsert(JSON.parse(e.data)); });
    es.addEventListener('entries', (e) => upsert(JSON.parse(e.data)));
    es.addEventListener('reset', () => { bySeq.clear(); order = []; page = 0; schedule(); });
    es.addEventListener('state', (e) => renderState(JSON.parse(e.data)));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('detail-close').addEventListener('click', closeDetail);
    $('detail').addEventListener('keydown', (ev) => { if (ev.key === 'Escape') closeDetail(); });
    $('filter-operation').addEventListener('change', () => { page = 0; schedule(); });
    $('filter-code').addEventListener('change', () => { page = 0; schedule(); });
    $('page-prev').addEventListener('click', () => { page = Math.max(0, page - 1); schedule(); });
    $('page-next').addEventListener('click', () => { page++; schedule(); });
    connect();
  });
})();
