// Upload by drag and drop or file picker, several files at once; per-page progress by polling
// the status endpoint (it answers as soon as something changes). No other scripts are loaded.
"use strict";

// The page's words in the interface language, given by the server (base.html); %(name)s are filled in.
const TEXT = (() => {
  const node = document.getElementById("ui-text");
  try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
})();

function say(key, values) {
  const text = TEXT[key] || key;
  return text.replace(/%\((\w+)\)s/g, (all, name) => (values && name in values) ? String(values[name]) : all);
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function describe(s) {
  if (s.status === "processing" && s.stage === "ingest" && s.pages_total > 0)
    return say("page", {stage: s.label, done: s.pages_done, total: s.pages_total});
  return s.label;
}

// Follow one dispatch until it is done or failed; call update(status) on every change.
async function follow(statusUrl, update, version) {
  let since = version === undefined ? -1 : version;
  for (;;) {
    let s;
    try {
      const r = await fetch(statusUrl + "?wait=1&since=" + since, {headers: {"X-Requested-With": "fetch"}});
      if (!r.ok) throw new Error("HTTP " + r.status);
      s = await r.json();
    } catch (e) {
      await new Promise(ok => setTimeout(ok, 2000));
      continue;
    }
    since = s.version;
    update(s);
    if (s.status === "done" || s.status === "failed") return s;
  }
}

function uploadRow(list, name) {
  const li = el("li");
  li.append(el("span", "name", name));
  const state = el("span", "state");
  const bar = el("progress");
  const text = el("span", "text", say("uploading"));
  state.append(bar, text);
  li.append(state);
  list.prepend(li);
  return {li, state, bar, text};
}

async function uploadOne(form, list, file) {
  const row = uploadRow(list, file.name);
  const data = new FormData();
  data.append("files", file, file.name);
  let result;
  try {
    const r = await fetch(form.action, {method: "POST", body: data, headers: {"X-Requested-With": "fetch"}});
    const body = await r.json().catch(() => ({}));
    result = (body.results && body.results[0]) || {ok: false, error: body.detail || body.error || say("error", {status: r.status})};
  } catch (e) {
    result = {ok: false, error: say("offline")};
  }
  if (!result.ok) {
    row.bar.remove();
    row.text.textContent = result.error;
    row.text.className = "text error";
    return;
  }
  const link = el("a", "", "");
  link.href = result.url;
  link.textContent = result.duplicate ? say("open_duplicate") : say("open");
  row.state.append(link);
  const show = s => {
    row.text.textContent = describe(s);
    row.bar.max = Math.max(s.pages_total, 1);
    if (s.status === "done") { row.bar.value = row.bar.max; }
    else if (s.status === "processing") { row.bar.value = s.pages_done; }
  };
  // the upload's answer carries the status as it stands: wait only for what comes after it
  let done = result.status;
  if (done) show(done);
  if (!done || !["done", "failed"].includes(done.status))
    done = await follow(result.status_url, show, done ? done.version : undefined);
  row.bar.remove();
  if (done.status === "done") {
    row.text.textContent = done.number ? say("done_number", {number: done.number}) : say("done");
    row.text.className = "text ok";
    link.textContent = say("open_dispatch");
  } else {
    row.text.textContent = say("failed", {error: done.error || ""});
    row.text.className = "text error";
    link.textContent = say("details");
  }
}

// Replace the list of dispatches with the one the server renders now.
async function refreshList() {
  const current = document.getElementById("list");
  if (!current) return;
  try {
    const r = await fetch(window.location.href, {headers: {"X-Requested-With": "fetch-page"}});
    if (!r.ok) return;
    const html = new DOMParser().parseFromString(await r.text(), "text/html");
    const fresh = html.getElementById("list");
    if (fresh) current.replaceWith(fresh);
  } catch (e) { /* the list stays as it was; a reload shows it */ }
}

function setupUpload() {
  const form = document.getElementById("upload");
  if (!form) return;
  const input = form.querySelector("input[type=file]");
  const list = document.getElementById("uploads");
  const send = files => {
    const all = Array.from(files);
    // one file after another, so that the first is ready soonest; then the list is refreshed
    (async () => {
      for (const f of all) await uploadOne(form, list, f);
      await refreshList();
    })();
  };
  input.addEventListener("change", () => { if (input.files.length) send(input.files); input.value = ""; });
  form.addEventListener("submit", e => { e.preventDefault(); if (input.files.length) send(input.files); });
  ["dragenter", "dragover"].forEach(t => form.addEventListener(t, e => {
    e.preventDefault(); form.classList.add("over");
  }));
  ["dragleave", "drop"].forEach(t => form.addEventListener(t, e => {
    e.preventDefault(); form.classList.remove("over");
  }));
  form.addEventListener("drop", e => { if (e.dataTransfer && e.dataTransfer.files.length) send(e.dataTransfer.files); });
  // dropping a file elsewhere on the page must not make the browser open it
  window.addEventListener("dragover", e => e.preventDefault());
  window.addEventListener("drop", e => e.preventDefault());
}

function setupProgress() {
  const box = document.getElementById("progress");
  if (!box || !["queued", "processing"].includes(box.dataset.status)) return;
  const label = box.querySelector("[data-role=label]");
  const bar = box.querySelector("[data-role=bar]");
  follow(box.dataset.statusUrl, s => {
    if (label) label.textContent = describe(s);
    if (bar) { bar.max = Math.max(s.pages_total, 1); bar.value = s.pages_done; }
  }, Number(box.dataset.version)).then(() => window.location.reload());
}

function setupConfirm() {
  document.querySelectorAll("form[data-confirm]").forEach(f => f.addEventListener("submit", e => {
    if (!window.confirm(f.dataset.confirm)) e.preventDefault();
  }));
}

document.addEventListener("DOMContentLoaded", () => { setupUpload(); setupProgress(); setupConfirm(); });
