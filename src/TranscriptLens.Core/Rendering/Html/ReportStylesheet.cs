namespace TranscriptLens.Core.Rendering.Html;

/// <summary>
/// The report's only stylesheet, inlined. System fonts (nothing to download), a calm neutral page,
/// tabular figures for numbers, charts that scale to the column, and a print layout that keeps
/// each figure on one page and opens the data tables.
/// </summary>
internal static class ReportStylesheet
{
    /// <summary>The CSS text (trusted constant; no user text, no external references).</summary>
    public const string Css = """
:root {
  --ink: #1F2933; --muted: #52606D; --faint: #7B8794; --line: #E4E7EB; --page: #F5F6F8; --card: #FFFFFF;
  --accent: #0072B2; --calm: #EEF4F8;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif,
    "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  color: var(--ink); background: var(--page); line-height: 1.5; font-size: 16px;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
* { box-sizing: border-box; }
body { margin: 0; }
main { max-width: 880px; margin: 0 auto; padding: 40px 24px 64px; }
header.report-head { margin-bottom: 24px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 600; color: var(--faint); margin: 0 0 6px; }
h1 { font-size: 30px; line-height: 1.2; margin: 0 0 8px; font-weight: 700; letter-spacing: -.01em; }
h2 { font-size: 21px; line-height: 1.3; margin: 40px 0 12px; font-weight: 650; }
h3 { font-size: 17px; line-height: 1.35; margin: 0; font-weight: 650; }
p { margin: 0 0 12px; }
.meta { color: var(--muted); margin: 0; font-size: 15px; display: flex; flex-wrap: wrap; }
.meta span { white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
.meta span:not(:last-child)::after { content: "\00B7"; margin: 0 .5em; color: var(--faint); }
.meta.source { font-size: 14px; margin-top: 2px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 20px 24px; margin: 0 0 18px;
  box-shadow: 0 1px 2px rgba(31, 41, 51, .04); }
.notice { background: var(--calm); border: 1px solid #D5E3EC; border-left: 4px solid var(--accent); border-radius: 10px;
  padding: 14px 18px; margin: 0 0 24px; font-size: 15px; color: #243B53; }
.notice p:last-child { margin-bottom: 0; }
.summary-list { list-style: none; margin: 0; padding: 0; }
.summary-list li { display: grid; grid-template-columns: 172px minmax(0, 1fr); gap: 4px 16px; padding: 12px 0; border-top: 1px solid var(--line); }
.summary-list li:first-child { border-top: 0; padding-top: 2px; }
.summary-list li:last-child { padding-bottom: 2px; }
.summary-list .key-term { font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
  padding-top: 2px; display: flex; align-items: baseline; gap: 8px; }
.summary-list .key-term::before { content: ""; flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--dot, var(--faint)); }
.summary-list strong { font-weight: 650; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin: 0 0 18px; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 14px 16px; }
.tile .k { font-size: 13px; color: var(--muted); margin: 0 0 4px; }
.tile .v { font-size: 26px; font-weight: 700; line-height: 1.15; margin: 0; font-variant-numeric: tabular-nums; }
.tile .s { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
.composite { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 24px; align-items: center; }
.composite .big { font-size: 44px; font-weight: 700; line-height: 1; margin: 4px 0 8px; font-variant-numeric: tabular-nums; }
.composite .ci { color: var(--muted); font-size: 15px; }
figure { margin: 0 0 18px; }
figcaption { margin: 0 0 10px; }
figcaption .lead { color: var(--muted); margin: 4px 0 0; font-size: 15px; }
.chart-wrap { margin: 6px 0 0; overflow-x: auto; }
svg.chart { display: block; width: 100%; height: auto; overflow: visible; margin: 0 auto; }
svg.chart text { font-family: inherit; font-size: 12.5px; fill: var(--muted); }
svg.chart .tick { font-variant-numeric: tabular-nums; }
svg.chart .axis-title { font-size: 12.5px; fill: var(--muted); font-weight: 500; }
svg.chart .row-label { font-size: 13.5px; fill: var(--ink); }
svg.chart .row-label .name, svg.chart .group-label { font-size: 14px; font-weight: 600; fill: var(--ink); }
svg.chart .name, svg.chart .group-label { unicode-bidi: plaintext; }
svg.chart .row-label .note { font-size: 12px; fill: var(--muted); font-weight: 400; }
svg.chart .value { font-size: 12.5px; font-weight: 600; fill: var(--ink); font-variant-numeric: tabular-nums; }
svg.chart .side-label { font-size: 13px; font-weight: 650; }
svg.chart .ref-label { font-size: 12px; fill: var(--muted); font-style: italic; }
svg.chart .mark:hover { opacity: .8; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0 4px; padding: 0; font-size: 14px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 7px; }
.key { display: inline-block; flex: none; }
.key-swatch { width: 13px; height: 13px; border-radius: 3px; background: var(--c); }
.key-line { width: 22px; height: 3px; border-radius: 2px; background: var(--c); position: relative; }
.key-line::after { content: ""; position: absolute; left: 7px; top: -3px; width: 8px; height: 8px; border-radius: 50%; background: var(--c); }
.key-band { width: 22px; height: 12px; border-radius: 3px; background: var(--c); opacity: .22; }
.key-dashed { width: 22px; height: 0; border-top: 2px dashed var(--c); }
.key-nodata { width: 13px; height: 13px; border-radius: 3px; background: #F1F3F5; border: 1px solid #D9DEE3; }
.note { font-size: 13.5px; color: var(--muted); margin: 10px 0 0; }
details.numbers { margin: 12px 0 0; font-size: 14px; }
details.numbers summary { cursor: pointer; color: var(--accent); font-weight: 550; width: max-content; }
.table-wrap { overflow-x: auto; margin-top: 8px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); font-size: 13px; padding: 0 0 6px; }
th, td { text-align: right; padding: 6px 10px; border-bottom: 1px solid var(--line); white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { font-weight: 600; color: var(--muted); font-size: 13px; }
tbody th { font-weight: 600; white-space: normal; }
bdi { unicode-bidi: isolate; }
.definitions { font-size: 14px; color: var(--muted); }
.definitions dt { font-weight: 650; color: var(--ink); margin-top: 10px; }
.definitions dd { margin: 2px 0 0; }
footer { margin-top: 40px; font-size: 13px; color: var(--faint); }
@media (max-width: 640px) {
  main { padding: 24px 14px 48px; }
  h1 { font-size: 25px; }
  .card { padding: 16px; }
  .composite { grid-template-columns: 1fr; }
  .summary-list li { grid-template-columns: 1fr; }
  /* Below this width chart text would shrink past reading size: scroll the chart instead. */
  .chart-wrap svg.chart { min-width: 600px; }
}
@media print {
  :root { background: #FFFFFF; font-size: 12pt; }
  main { max-width: none; padding: 0; }
  .card, .tile { box-shadow: none; break-inside: avoid; }
  figure, .notice, .tiles { break-inside: avoid; }
  h2 { break-after: avoid; }
  details.numbers summary { display: none; }
  details.numbers::details-content { content-visibility: visible; display: block; }
  .table-wrap { overflow: visible; }
  table { font-size: 9.5pt; }
  th, td { white-space: normal; padding: 3px 6px; }
  svg.chart .mark:hover { opacity: 1; }
  @page { margin: 14mm; }
}
""";
}
