// The script and style `sop dev` adds to every page it serves (never to dist/): it reloads the
// page when its file was rebuilt, and shows the diagnostics of a failed build over the page.
// Served from the same origin, so the handbooks' Content-Security-Policy allows them.

export const CLIENT_SCRIPT = `(() => {
  const here = decodeURIComponent(location.pathname.slice(1)).replace(/(^|\\/)$/, '$1index.html');
  const overlayId = 'sop-dev-overlay';
  const hide = () => document.getElementById(overlayId)?.remove();
  const show = ({ title, hint, report }) => {
    hide();
    const overlay = document.createElement('section');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', overlayId + '-title');
    const heading = document.createElement('h2');
    heading.id = overlayId + '-title';
    heading.textContent = title;
    const text = document.createElement('p');
    text.textContent = hint;
    const pre = document.createElement('pre');
    pre.textContent = report;
    overlay.append(heading, text, pre);
    document.body.prepend(overlay);
  };
  // The server makes first the pages someone is looking at.
  const events = new EventSource('/__sop/events?page=' + encodeURIComponent(here));
  events.addEventListener('failed', (event) => show(JSON.parse(event.data)));
  events.addEventListener('built', (event) => {
    const { changed, fixed } = JSON.parse(event.data);
    // A reloaded page is sent the diagnostics again if they still stand.
    if (changed.includes(here) || changed.some((file) => file.startsWith('assets/'))) location.reload();
    else if (fixed) hide();
  });
})();
`;

export const CLIENT_STYLE = `#sop-dev-overlay {
  position: fixed; inset: 1rem 1rem auto 1rem; z-index: 1000; max-height: 80vh; overflow: auto;
  padding: 1rem 1.5rem; border: 3px solid #a61919; border-radius: 4px;
  background: #fff; color: #1a1a1a; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35);
  font: 1rem/1.5 system-ui, sans-serif;
}
#sop-dev-overlay h2 { margin: 0 0 0.5rem; color: #a61919; font-size: 1.25rem; }
#sop-dev-overlay pre { white-space: pre-wrap; font: 0.875rem/1.4 ui-monospace, monospace; }
`;
