'use strict';
// The dashboard's forms: each one call of the documented admin API, its answer shown as text.
(function () {
  const $ = (id) => document.getElementById(id);

  const TEMPLATES = {
    'credit-card': { cardNums: [{ value: '4111', conf: 0.99 }, { value: '1111', conf: 0.99 }, { value: '1111', conf: 0.99 },
      { value: '1111', conf: 0.99 }], totalCardNum: '4111111111111111', validThru: { value: '12/30', conf: 0.98 } },
    'id-card': { idType: 'resident', keyValues: [{ key: 'name', value: '홍길동', conf: 0.99 },
      { key: 'residentNumber', value: '900101-1234568', conf: 0.98 }, { key: 'issueDate', value: '2015.03.02', conf: 0.97 },
      { key: 'issuer', value: '서울특별시 종로구청장', conf: 0.96 }] },
  };

  function template() {
    $('fixture-result').value = JSON.stringify(TEMPLATES[$('fixture-service').value], null, 1);
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let text = '';
    // In slices: one String.fromCharCode call with a whole image would overflow the argument stack.
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }

  async function registerFixture() {
    const out = $('action-result');
    const file = $('fixture-image').files[0];
    let result;
    try {
      result = JSON.parse($('fixture-result').value);
    } catch (e) {
      out.className = 'error';
      out.textContent = 'Refused: the result is not JSON (' + e.message + ')';
      return;
    }
    if (!file) {
      out.className = 'error';
      out.textContent = 'Refused: choose an image first';
      return;
    }
    const image = base64(await file.arrayBuffer());
    await admin('/mock/v1/fixtures/image', { service: $('fixture-service').value, image, result,
      authentic: $('fixture-authentic').checked });
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
    on('fixture-form', registerFixture);
    $('fixture-service').addEventListener('change', template);
    template();
    on('clock-form', () => admin('/mock/v1/clock/advance', { seconds: wholeOrNull('clock-seconds') || 0 }));
    on('reset-form', () => admin('/mock/v1/reset', {}));
  });
})();
