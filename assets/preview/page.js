// The live preview page's script (svc-contract preview): the event stream, swapping the contract in
// place, the error panel, the redline toggle. Served inline, after the page's bar.
(() => {
  // the last rendering this page holds, written into the script's tag by the server
  let seq = Number(document.currentScript.dataset.seq);
  // the page's own words in the reader's language, written into the script's tag by the server
  const words = JSON.parse(document.currentScript.dataset.words);
  const $ = (id) => document.getElementById(id);
  const contract = $('svc_preview_contract'), redline = $('svc_preview_redline');
  const errors = $('svc_preview_errors'), note = $('svc_preview_note'), bar = $('svc_preview_bar');
  const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
  function swap(html) {
    const next = parse(html);
    const main = next.querySelector('main.contract');
    if (!main) return;
    const x = window.scrollX, y = window.scrollY;
    const style = document.querySelector('head style:not(#svc_preview_style)'), nextStyle = next.querySelector('head style');
    if (style && nextStyle && style.textContent !== nextStyle.textContent) style.textContent = nextStyle.textContent;
    contract.replaceChildren(document.adoptNode(main));
    document.title = next.title;
    document.documentElement.lang = next.documentElement.lang;
    window.scrollTo(x, y);
  }
  function showErrors(list) {
    errors.hidden = list.length === 0;
    errors.querySelector('.svc_preview_heading').textContent = list.length ? (list.length === 1 ? words.errorsOne : words.errorsMany).replace('{n}', String(list.length)) : '';
    $('svc_preview_list').replaceChildren(...list.map((e) => {
      const pre = document.createElement('pre');
      pre.className = 'svc_preview_error';
      pre.textContent = e.text;
      return pre;
    }));
  }
  const events = new EventSource('/events?since=' + seq);
  events.addEventListener('contract', (e) => {
    const d = JSON.parse(e.data);
    seq = d.seq;
    swap(d.html);
  });
  events.addEventListener('errors', (e) => showErrors(JSON.parse(e.data).errors));
  events.onopen = () => bar.classList.remove('offline');
  events.onerror = () => bar.classList.add('offline');
  $('svc_preview_redline_toggle').addEventListener('click', async () => {
    note.hidden = true;
    if (!redline.hidden) {
      redline.hidden = true;
      contract.hidden = false;
      return;
    }
    try {
      const res = await fetch('/redline', { cache: 'no-store' });
      const doc = parse(await res.text());
      const main = res.ok && doc.querySelector('main.contract');
      if (!main) {
        note.textContent = (doc.body && doc.body.textContent.trim()) || words.unavailable;
        note.hidden = false;
        return;
      }
      redline.replaceChildren(document.adoptNode(main));
      redline.hidden = false;
      contract.hidden = true;
    } catch (err) {
      note.textContent = words.unavailableBecause.replace('{reason}', err.message);
      note.hidden = false;
    }
  });
})();
