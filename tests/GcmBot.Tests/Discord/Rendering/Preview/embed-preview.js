// A preview of a Discord message drawn from its JSON (embeds and buttons), for the README's screenshot.
// It is ours, not Discord's: dark theme, a coloured bar per embed, title, fields under it, then the
// description with the Markdown GcmBot uses (> quotes, **bold**, *italic*, backslash escapes).
window.drawDiscordMessage = (message, host) => {
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Inline Markdown: escapes first, then **bold** and *italic*; text is only ever set as text.
  const inline = (target, text) => {
    const pattern = /\\([\\`*_~|>#\-.\[\]()!])|\*\*(.+?)\*\*|\*(.+?)\*/gs;
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      target.append(text.slice(at, m.index));
      if (m[1] !== undefined) target.append(m[1]);
      else if (m[2] !== undefined) inline(target.appendChild(el("strong")), m[2]);
      else inline(target.appendChild(el("em")), m[3]);
      at = m.index + m[0].length;
    }
    target.append(text.slice(at));
  };

  const markdown = (text) => {
    const box = el("div", "markdown");
    let quote = null;
    for (const line of text.split("\n")) {
      if (line.startsWith("> ")) {
        quote = quote || box.appendChild(el("blockquote"));
        inline(quote.appendChild(el("div")), line.slice(2));
      } else {
        quote = null;
        inline(box.appendChild(el("div", line === "" ? "gap" : "")), line);
      }
    }
    return box;
  };

  const root = el("div", "message");
  root.append(el("div", "author", "GcmBot"));
  for (const embed of message.embeds || []) {
    const box = root.appendChild(el("div", "embed"));
    box.style.borderLeftColor = "#" + (embed.color || 0).toString(16).padStart(6, "0");
    if (embed.title) inline(box.appendChild(el("div", "title")), embed.title);
    if (embed.description) box.append(markdown(embed.description));
    for (const field of embed.fields || []) {
      const f = box.appendChild(el("div", "field"));
      inline(f.appendChild(el("div", "name")), field.name);
      f.append(markdown(field.value));
    }
    if (embed.footer) box.append(el("div", "footer", embed.footer.text));
  }
  for (const row of message.components || []) {
    const r = root.appendChild(el("div", "row"));
    for (const button of row.components || []) r.append(el("span", "button", button.label));
  }
  host.replaceChildren(root);
};
