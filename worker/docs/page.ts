/**
 * A small, dependency-free interactive reference: it reads /openapi.json, lists every
 * operation with its parameters and schemas, and lets you send requests ("Try it").
 * No CDN: everything is served by the worker, so /docs works offline.
 */
export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · E-Town 科创二十条2.0版</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/style.css">
<script src="/docs/app.js" defer></script>
</head>
<body>
<header><h1>E-Town 科创二十条2.0版 API</h1><p id="summary">Loading the OpenAPI document…</p>
<p><a href="/openapi.json">openapi.json</a></p></header>
<nav id="toc" aria-label="Operations"></nav>
<main id="ops"></main>
</body>
</html>
`

export const docsStyle = `
:root { font-family: system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #1d2330; background: #f6f7f9; }
body { margin: 0 auto; max-width: 960px; padding: 16px; }
header h1 { margin: 0 0 4px; font-size: 1.5rem; }
nav a { display: inline-block; margin: 2px 8px 2px 0; }
section.op { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; margin: 16px 0; padding: 12px 16px; }
.method { font-weight: 700; text-transform: uppercase; padding: 2px 6px; border-radius: 4px; color: #fff; background: #2f6fde; margin-right: 8px; }
.method.post { background: #1f9d55; }
code, pre, textarea { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.85rem; }
pre { background: #0f1520; color: #e8edf5; padding: 8px; border-radius: 6px; overflow: auto; max-height: 420px; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; border-bottom: 1px solid #eef0f3; padding: 4px; vertical-align: top; }
label { display: block; margin: 6px 0 2px; } input, textarea { width: 100%; box-sizing: border-box; }
textarea { min-height: 140px; }
button { margin-top: 8px; padding: 6px 14px; border-radius: 6px; border: 1px solid #2f6fde; background: #2f6fde; color: #fff; cursor: pointer; }
details summary { cursor: pointer; margin: 6px 0; }
.status { font-weight: 700; }
`

export const docsScript = `
'use strict';
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
};
const resolve = (spec, schema) => {
  if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split('/').pop()];
  return schema;
};
async function main() {
  const spec = await (await fetch('/openapi.json')).json();
  document.getElementById('summary').textContent = spec.info.title + ' ' + spec.info.version + ' — ' + (spec.info.summary || '');
  const toc = document.getElementById('toc');
  const ops = document.getElementById('ops');
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = op.operationId || method + path;
      toc.append(el('a', { href: '#' + id }, method.toUpperCase() + ' ' + path));
      const section = el('section', { class: 'op', id });
      section.append(el('h2', {}, el('span', { class: 'method ' + method }, method), el('code', {}, path)));
      section.append(el('p', {}, op.summary || ''), el('p', {}, op.description || ''));
      const params = op.parameters || [];
      const inputs = {};
      if (params.length) {
        const table = el('table', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'in'), el('th', {}, 'description')));
        for (const p of params) table.append(el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in), el('td', {}, p.description || '')));
        section.append(table);
      }
      const form = el('details', {}, el('summary', {}, 'Try it'));
      for (const p of params) {
        const example = (p.schema && p.schema.example) || p.example;
        const input = el('input', { name: p.name, placeholder: example ? 'e.g. ' + example : '' });
        inputs[p.name] = { input, where: p.in };
        form.append(el('label', {}, p.name + ' (' + p.in + ')'), input);
      }
      const lang = el('input', { placeholder: 'empty: zh-Hans; try en, zh-TW, zh-HK' });
      form.append(el('label', {}, 'Accept-Language header'), lang);
      let body = null;
      const content = op.requestBody && op.requestBody.content && op.requestBody.content['application/json'];
      if (content) {
        body = el('textarea', { 'aria-label': 'Request body' });
        body.value = JSON.stringify(content.example || {}, null, 2);
        form.append(el('label', {}, 'Body (application/json)'), body);
      }
      const out = el('pre', {}, '');
      const send = el('button', { type: 'button' }, 'Send');
      send.addEventListener('click', async () => {
        let url = path;
        const query = new URLSearchParams();
        for (const [name, { input, where }] of Object.entries(inputs)) {
          if (!input.value) continue;
          if (where === 'path') url = url.replace('{' + name + '}', encodeURIComponent(input.value));
          else if (where === 'query') query.set(name, input.value);
        }
        const qs = query.toString();
        const init = { method: method.toUpperCase(), headers: {} };
        if (lang.value) init.headers['Accept-Language'] = lang.value;
        if (body) { init.body = body.value; init.headers['Content-Type'] = 'application/json'; }
        out.textContent = '…';
        try {
          const res = await fetch(url + (qs ? '?' + qs : ''), init);
          const headers = ['content-type', 'content-language', 'etag', 'cache-control', 'vary'].filter((h) => res.headers.get(h)).map((h) => h + ': ' + res.headers.get(h)).join('\\n');
          const text = await res.text();
          let pretty = text;
          try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (e) {}
          out.textContent = res.status + ' ' + res.statusText + '\\n' + headers + '\\n\\n' + pretty;
        } catch (error) { out.textContent = String(error); }
      });
      form.append(send, out);
      section.append(form);
      const responses = el('details', {}, el('summary', {}, 'Responses'));
      for (const [status, response] of Object.entries(op.responses || {})) {
        const media = response.content && Object.keys(response.content)[0];
        const schema = media ? resolve(spec, response.content[media].schema) : null;
        responses.append(el('h3', {}, status + ' — ' + (response.description || '') + (media ? ' (' + media + ')' : '')));
        if (schema) responses.append(el('pre', {}, JSON.stringify(schema, null, 2)));
      }
      section.append(responses);
      ops.append(section);
    }
  }
}
main().catch((error) => { document.getElementById('summary').textContent = 'Could not load /openapi.json: ' + error; });
`
