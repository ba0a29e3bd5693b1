// Local chat: sends what the user types to the router's JSON endpoint and renders the reply.
// Everything is inserted with textContent, so corpus text and user input are never parsed as HTML.
(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");

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
        b.addEventListener("click", () => send(a.command));
        buttons.append(b);
      }
      box.append(buttons);
    }
    return box;
  };

  async function send(text) {
    const mine = el("article", "message user");
    mine.append(el("p", null, text));
    log.append(mine);
    let reply;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      reply = response.ok
        ? await response.json()
        : { kind: "Error", title: "Something went wrong", blocks: [{ type: "text", text: `The server answered ${response.status}. Try again.` }], fields: [], actions: [] };
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
    input.value = "";
    send(text);
  });
})();
