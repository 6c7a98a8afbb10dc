package org.bnclaims.report;

/** The page's inline stylesheet: system fonts only, so the file renders the same offline. */
final class Css {

  static final String STYLE =
      """
      :root { --fg:#1f2328; --muted:#59636e; --line:#d8dee4; --soft:#f6f8fa;
        --sup:#1a7f37; --ref:#cf222e; --inc:#9a6700; --inc-bg:#fff8c5; --skip:#6e7781; }
      * { box-sizing: border-box; }
      body { margin:0; color:var(--fg); background:#fff; line-height:1.5;
        font:14px/1.5 -apple-system, "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
      main { max-width:1260px; margin:0 auto; padding:24px 32px 48px; }
      h1 { font-size:24px; margin:0 0 4px; font-weight:600; }
      h2 { font-size:19px; margin:40px 0 8px; padding-top:16px; border-top:1px solid var(--line);
        font-weight:600; }
      h3 { font-size:15px; margin:20px 0 6px; font-weight:600; }
      .meta { color:var(--muted); font-size:13px; }
      .meta span + span::before { content:"\\00b7"; margin:0 8px; color:var(--line); }
      code, .id { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, monospace;
        font-size:12.5px; }
      a { color:#0969da; text-decoration:none; } a:hover { text-decoration:underline; }
      .banner { margin:16px 0; padding:10px 14px; border:1px solid #d4a72c; background:var(--inc-bg);
        border-radius:6px; font-weight:600; }
      table { border-collapse:collapse; width:100%; margin:8px 0 12px; font-size:13px; }
      th, td { padding:5px 8px; border-bottom:1px solid var(--line); text-align:left;
        vertical-align:top; }
      th { background:var(--soft); font-weight:600; color:var(--muted); white-space:nowrap; }
      td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
      tbody tr:hover { background:#fafbfc; }
      tr.summary-row td { border-top:2px solid var(--line); font-weight:600; }
      .badge { display:inline-block; min-width:92px; text-align:center; padding:1px 8px;
        border-radius:10px; font-size:11.5px; font-weight:700; letter-spacing:.03em; color:#fff; }
      .badge.small { min-width:0; font-size:10.5px; padding:0 6px; }
      .b-SUPPORTED { background:var(--sup); } .b-REFUTED { background:var(--ref); }
      .b-INCONCLUSIVE { background:var(--inc-bg); color:var(--inc); border:1px solid #d4a72c; }
      .b-SKIPPED { background:#eaeef2; color:var(--skip); border:1px solid #d0d7de; }
      .tag { display:inline-block; font-size:11px; padding:0 6px; border-radius:4px;
        border:1px solid #d4a72c; color:var(--inc); background:var(--inc-bg); margin-left:6px; }
      .claim { scroll-margin-top:12px; }
      .statement { font-size:16px; margin:6px 0; }
      .reason { margin:6px 0 10px; padding:8px 12px; background:var(--soft); border-left:4px solid;
        border-radius:0 4px 4px 0; }
      .r-SUPPORTED { border-color:var(--sup); } .r-REFUTED { border-color:var(--ref); }
      .r-INCONCLUSIVE { border-color:#d4a72c; } .r-SKIPPED { border-color:var(--skip); }
      table.stats td:first-child { min-width:190px; }
      table.stats tr:has(+ tr.more) td { border-bottom:none; }
      table.stats tr.more td { padding:0 8px 6px 20px; }
      ul.extras { display:flex; flex-wrap:wrap; gap:2px 22px; list-style:none; margin:0; padding:0;
        font-size:12px; color:var(--muted); }
      ul.extras li { white-space:nowrap; }
      .tag.decided { border-color:#9ec5f8; color:#0550ae; background:#ddf4ff; }
      .test-name { display:block; white-space:normal; font-size:11.5px; color:var(--muted); }
      figure .note { margin:4px 4px 0; font-size:11.5px; color:var(--muted); }
      .scroll { overflow-x:auto; }
      table.seeds { width:auto; min-width:320px; }
      table.bh { width:auto; min-width:640px; }
      table.seeds td, table.seeds th { padding:4px 14px; }
      table.settings td { width:50%; white-space:pre-line; }
      .conflicts { margin:4px 0 8px; padding-left:20px; }
      .figures { display:flex; flex-wrap:wrap; gap:12px 20px; margin-top:8px; }
      figure { margin:0; padding:8px; border:1px solid var(--line); border-radius:6px; }
      figcaption { font-size:12.5px; color:var(--muted); margin:0 0 4px 4px; font-weight:600; }
      figure svg { display:block; max-width:100%; height:auto; }
      details { margin:6px 0; } summary { cursor:pointer; color:var(--muted); font-size:13px; }
      .muted { color:var(--muted); }
      .counts .badge { margin-right:4px; }
      .counts span.item { margin-right:18px; white-space:nowrap; }
      footer { margin-top:40px; color:var(--muted); font-size:12px; }
      @media print { figure { break-inside:avoid; } }
      """;

  private Css() {}
}
