// Local chat: sends what the user types to the router's JSON endpoint and renders the reply.
// Everything is inserted with textContent, so corpus text and user input are never parsed as HTML.
// A message over the router's limit (data-max-length) is not sent: the page says so and keeps the text.
(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const counter = document.getElementById("counter");
  const maxLength = Number(input.dataset.maxLength);
  const number = (n) => n.toLocaleString("en");

  // The counter appears from 90% of the limit on, and turns into the refusal past it.
  const updateCounter = () => {
    const length = input.value.trim().length;
    counter.hidden = length < maxLength * 0.9;
    counter.classList.toggle("over", length > maxLength);
    input.setAttribute("aria-invalid", String(length > maxLength));
    counter.textContent = length > maxLength
      ? `${number(length)} / ${number(maxLength)} characters: too long to send. Shorten it to ${number(maxLength)}.`
      : `${number(length)} / ${number(maxLength)} characters`;
  };
  input.addEventListener("input", updateCounter);

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Quoted text with its highlight ranges wrapped in <mark>, the text itself unchanged.
  const marked = (tag, text, highlights) => {
    const node = el(tag);
    let at = 0;
    for (const h of [...(highlights || [])].sort((a, b) => a.start - b.start)) {
      if (h.start < at) continue;
      node.append(text.slice(at, h.start), el("mark", null, text.slice(h.start, h.start + h.length)));
      at = h.start + h.length;
    }
    node.append(text.slice(at));
    return node;
  };

  const renderBlock = (block) => {
    switch (block.type) {
      case "heading": return el("h3", null, block.text);
      case "text": return el("p", null, block.text);
      case "quote": {
        const quote = el("blockquote");
        quote.append(marked("p", block.text, block.highlights), el("cite", null, block.citation));
        return quote;
      }
      case "actions": {
        const list = el("ol", "actions");
        for (const item of block.items) {
          const li = el("li");
          li.append(el("span", "letter", `(${item.letter})`), marked("span", item.text, item.highlights), el("cite", null, item.citation));
          list.append(li);
        }
        return list;
      }
      default: return el("p", null, "");
    }
  };

  const renderReply = (reply) => {
    const box = el("article", `message bot ${reply.kind === "Error" ? "error" : ""}`);
    box.append(el("h2", null, reply.title));
    if (reply.fields.length) {
      const dl = el("dl", "fields");
      for (const f of reply.fields) dl.append(el("dt", null, f.name), el("dd", null, f.value));
      box.append(dl);
    }
    for (const block of reply.blocks) box.append(renderBlock(block));
    if (reply.page) box.append(el("p", "page", `page ${reply.page.number} of ${reply.page.count}`));
    if (reply.actions.length) {
      const buttons = el("div", "buttons");
      for (const a of reply.actions) {
        const b = el("button", null, a.label);
        b.type = "button";
        // A button shows its label as what the user sent: page buttons carry an opaque token, not words.
        b.addEventListener("click", () => send(a.command, a.label));
        buttons.append(b);
      }
      box.append(buttons);
    }
    return box;
  };

  // What the server said when it refused: its own reply, or its error message, or at least the status.
  async function refusal(response) {
    let body = null;
    try { body = await response.json(); } catch { body = null; }
    if (body && typeof body.title === "string" && Array.isArray(body.blocks)) return body;
    const text = body && typeof body.error === "string" ? body.error : `The server answered ${response.status}.`;
    return { kind: "Error", title: "Not sent", blocks: [{ type: "text", text }], fields: [], actions: [] };
  }

  async function send(text, shown = text) {
    const mine = el("article", "message user");
    mine.append(el("p", null, shown));
    log.append(mine);
    let reply;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      reply = response.ok ? await response.json() : await refusal(response);
    } catch {
      reply = { kind: "Error", title: "GcmBot is not reachable", blocks: [{ type: "text", text: "Is it still running? Start it with dotnet run --project src/GcmBot." }], fields: [], actions: [] };
    }
    const box = renderReply(reply);
    log.append(box);
    box.scrollIntoView({ block: "start" });
    input.focus();
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (text.length > maxLength) {
      updateCounter();
      input.focus();
      return;
    }
    input.value = "";
    updateCounter();
    send(text);
  });
})();
