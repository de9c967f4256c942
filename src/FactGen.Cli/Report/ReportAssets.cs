namespace FactGen.Cli.Report;

/// <summary>
/// The page's only style sheet and script, inline so that the report works from a file with no
/// network. The page's Content-Security-Policy allows exactly these two by hash, so even markup
/// that slipped past the escaping could neither run a script nor load anything.
/// Colours meet WCAG AA contrast (4.5:1) for text on their backgrounds.
/// </summary>
internal static class ReportAssets
{
    public const string Style = """
        :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --cited: #fff0a8; --cited2: #ffd966; --uncited: #b3261e; --focus: #0b57d0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
        header, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        a { color: #0a4fb3; }
        a:focus-visible, mark:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); } h3 { margin-top: 2rem; }
        .summary { display: grid; grid-template-columns: max-content auto; gap: .15rem 1rem; }
        .summary dt { color: var(--muted); } .summary dd { margin: 0; font-variant-numeric: tabular-nums; }
        .legend mark, .legend .un { padding: 0 .25rem; }
        .para { display: grid; grid-template-columns: 4.5rem 1fr; gap: .75rem; border-top: 1px solid #eee; padding: .5rem 0; content-visibility: auto; contain-intrinsic-size: auto 6rem; }
        .para p { margin: 0; white-space: pre-line; }
        .pn { color: var(--muted); font-size: .85rem; font-variant-numeric: tabular-nums; }
        .pn .cov { display: block; }
        .para.none .pn { color: var(--uncited); font-weight: 600; }
        mark { background: var(--cited); color: inherit; border-bottom: 2px solid #b08900; cursor: help; }
        mark.m2 { background: var(--cited2); }
        mark.hit { outline: 3px solid var(--focus); }
        .un { text-decoration: underline wavy var(--uncited); text-decoration-thickness: 1px; text-underline-offset: 3px; background: #fdecea; }
        #tip { position: absolute; z-index: 5; max-width: 26rem; background: #fff; border: 1px solid #777; border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.2); padding: .5rem .75rem; font-size: .9rem; }
        #tip ul { margin: 0; padding-left: 1.1rem; } #tip p { margin: 0 0 .25rem; color: var(--muted); }
        .kind { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: #e8eef9; color: #1d3a6e; padding: 0 .35rem; border-radius: 3px; }
        .fact { border-top: 1px solid #eee; padding: .5rem 0; content-visibility: auto; contain-intrinsic-size: auto 10rem; }
        .fact h4 { margin: 0; font-size: 1rem; font-weight: 600; }
        .fact dl { display: grid; grid-template-columns: max-content auto; gap: 0 1rem; margin: .35rem 0; }
        .fact dt { color: var(--muted); } .fact dd { margin: 0; }
        .cites { margin: .25rem 0; } .miss { color: var(--uncited); }
        .inferred { color: #7a4100; font-weight: 600; }
        .diags { margin: .25rem 0; padding-left: 1.2rem; } .diags .error { color: var(--uncited); } .diags .warning { color: #7a4100; }
        .filter { position: sticky; top: 0; background: #fff; padding: .5rem 0; z-index: 2; }
        .filter input { font: inherit; padding: .25rem .5rem; width: min(30rem, 100%); }
        table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; }
        svg text { font: 13px system-ui, sans-serif; }
        pre { background: #f6f6f6; padding: .75rem; overflow: auto; }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var tip = document.getElementById('tip');
          var current = null, timer = 0, quiet = false;
          function fill(mark) {
            tip.textContent = '';
            var ids = mark.getAttribute('data-f').split(' ');
            var head = document.createElement('p');
            head.textContent = ids.length === 1 ? '1 fact cites this passage' : ids.length + ' facts cite this passage';
            tip.appendChild(head);
            var list = document.createElement('ul');
            ids.forEach(function (id) {
              var fact = document.getElementById('f-' + id);
              if (!fact) return;
              var item = document.createElement('li'), link = document.createElement('a');
              link.href = '#f-' + id;
              fact.querySelector('.fact-head').childNodes.forEach(function (n) { link.appendChild(n.cloneNode(true)); });
              item.appendChild(link);
              list.appendChild(item);
            });
            tip.appendChild(list);
          }
          function show(mark) {
            clearTimeout(timer);
            if (current && current !== mark) current.removeAttribute('aria-describedby');
            current = mark;
            fill(mark);
            mark.setAttribute('aria-describedby', 'tip');
            tip.hidden = false;
            var r = mark.getBoundingClientRect();
            var left = Math.max(8, Math.min(r.left + window.scrollX, document.documentElement.clientWidth - tip.offsetWidth - 8));
            tip.style.left = left + 'px';
            tip.style.top = (r.bottom + window.scrollY + 6) + 'px';
          }
          function hide() {
            tip.hidden = true;
            if (current) current.removeAttribute('aria-describedby');
          }
          function later() { clearTimeout(timer); timer = setTimeout(hide, 400); }
          document.addEventListener('mouseover', function (e) {
            var mark = e.target.closest && e.target.closest('mark[data-f]');
            if (mark) show(mark); else if (tip.contains(e.target)) clearTimeout(timer); else if (!tip.hidden) later();
          });
          document.addEventListener('focusin', function (e) {
            var mark = e.target.closest('mark[data-f]');
            if (mark && !quiet) show(mark); else if (!mark && !tip.contains(e.target)) hide();
          });
          document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && !tip.hidden) { hide(); quiet = true; if (current) current.focus(); quiet = false; }
            if (e.key === 'Enter' && e.target.matches('mark[data-f]')) { var first = tip.querySelector('a'); if (first) { e.preventDefault(); first.focus(); } }
          });
          function target() {
            document.querySelectorAll('mark.hit').forEach(function (m) { m.classList.remove('hit'); });
            var id = decodeURIComponent(location.hash.slice(1));
            if (!/^a\d+p\d+s\d+$/.test(id)) return;
            document.querySelectorAll('mark[data-s]').forEach(function (m) {
              if (m.getAttribute('data-s').split(' ').indexOf(id) >= 0) m.classList.add('hit');
            });
          }
          window.addEventListener('hashchange', target);
          target();
          var filter = document.getElementById('filter'), facts = document.querySelectorAll('.fact'), pending = 0;
          filter.addEventListener('input', function () {
            clearTimeout(pending);
            pending = setTimeout(function () {
              var q = filter.value.trim().toLowerCase(), shown = 0;
              facts.forEach(function (f) { var hit = !q || f.textContent.toLowerCase().indexOf(q) >= 0; f.hidden = !hit; if (hit) shown++; });
              document.getElementById('filter-count').textContent = shown + ' of ' + facts.length + ' facts shown';
            }, 150);
          });
        })();
        """;
}
