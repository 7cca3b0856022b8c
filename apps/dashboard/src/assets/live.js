// Keeps a page's live regions current from the dashboard's event stream (server-sent events). The
// regions arrive as HTML the server rendered and escaped, exactly as the page itself was.
(() => {
  const url = document.body.dataset.events;
  if (!url) return;
  const state = document.getElementById("live-state");
  const say = (text, cls) => {
    if (state === null) return;
    state.textContent = text;
    state.className = `live-state ${cls}`;
  };
  const source = new EventSource(url);
  source.addEventListener("open", () => say("live", "on"));
  source.addEventListener("error", () => say("reconnecting", "off"));
  source.addEventListener("regions", (event) => {
    const regions = JSON.parse(event.data);
    for (const [id, content] of Object.entries(regions)) {
      const region = document.getElementById(id);
      if (region?.hasAttribute("data-live")) region.innerHTML = content;
    }
    document.body.dataset.updates = String(Number(document.body.dataset.updates ?? "0") + 1);
  });
})();
