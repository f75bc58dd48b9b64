'use strict';
// The mock's dashboard: reads /mock/v1/events (server-sent events), acts through the admin API.
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
      cell(tr, r.keyVersion);
      cell(tr, r.imageType ? r.imageType + ', ' + r.imageSize + ' bytes' : '');
      cell(tr, r.fault || (r.envelope && r.envelope.startsWith('fault:') ? r.envelope.substring(6) : ''));
      body.appendChild(tr);
    }
    $('journal').replaceChild(body, $('journal').tBodies[0]);
    $('journal-count').textContent = '(' + matched + ' shown of ' + order.length + ')';
    $('page-info').textContent = 'page ' + (page + 1) + ' of ' + pages;
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page >= pages - 1;
  }

  // Every field of one journal row: the journal holds outcomes only, so this shows no secret either.
  function showDetail(seq) {
    const r = bySeq.get(seq);
    const list = document.createElement('dl');
    list.id = 'detail-list';
    for (const [k, v] of Object.entries(r || {})) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = v == null ? '–' : String(v);
      list.append(dt, dd);
    }
    $('detail').replaceChild(list, $('detail-list'));
    $('detail').hidden = false;
    $('detail-close').focus();
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
    fill('faults', s.faults.map((f) => [f.endpoint,
      (f.resultCode != null ? 'result code ' + f.resultCode : (f.kind || 'none')) + (f.delayMs ? ', delay ' + f.delayMs + ' ms' : ''),
      { text: f.remaining, cls: 'num' }]));
  }

  async function admin(path, body) {
    const out = $('action-result');
    try {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body || {}),
      });
      const text = await res.text();
      out.className = res.ok ? '' : 'error';
      out.textContent = (res.ok ? 'Done: ' : 'Refused (HTTP ' + res.status + '): ') + (text || path);
    } catch (e) {
      out.className = 'error';
      out.textContent = 'The mock did not answer: ' + e;
    }
  }

  function on(formId, action) {
    $(formId).addEventListener('submit', (ev) => { ev.preventDefault(); action(); });
  }

  function wholeOrNull(id) {
    const v = $(id).value.trim();
    return v === '' ? null : Number(v);
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
    on('rotate-form', () => admin('/mock/v1/keys/' + encodeURIComponent($('rotate-service').value) + '/rotate',
      { retirePrevious: $('rotate-retire').checked }));
    on('fault-form', () => {
      const body = { endpoint: $('fault-endpoint').value, times: wholeOrNull('fault-times') || 1 };
      const code = wholeOrNull('fault-code');
      if (code != null) body.resultCode = code;
      if ($('fault-kind').value) body.kind = $('fault-kind').value;
      const delay = wholeOrNull('fault-delay');
      if (delay) body.delayMs = delay;
      admin('/mock/v1/faults', body);
    });
    on('clock-form', () => admin('/mock/v1/clock/advance', { seconds: wholeOrNull('clock-seconds') || 0 }));
    on('reset-form', () => admin('/mock/v1/reset', {}));
    $('detail-close').addEventListener('click', () => { $('detail').hidden = true; });
    $('filter-operation').addEventListener('change', () => { page = 0; schedule(); });
    $('filter-code').addEventListener('change', () => { page = 0; schedule(); });
    $('page-prev').addEventListener('click', () => { page = Math.max(0, page - 1); schedule(); });
    $('page-next').addEventListener('click', () => { page++; schedule(); });
    connect();
  });
})();
