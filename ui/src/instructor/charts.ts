// The class charts, drawn here with uPlot (bundled from npm; nothing is
// fetched): exercises passed each week by the class, each learner's
// cumulative passes against the course's pace, and each exercise's pass
// share and median attempts to pass. The core computes every number
// (instructor/charts.rs); each chart has the same numbers in a table, since
// a canvas says nothing to a screen reader.
import "../shared/locale";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ClassCharts } from "../bindings";
import { $, call, errText } from "../shared/ipc";
import { showDesk } from "./index";
import { query } from "./class";

const plots: uPlot[] = [];
/** Weeks on the x axis, from a week before the first: with one week of
 *  work only, uPlot would otherwise guess a span of years. */
const WEEKS: uPlot.Scales = { x: { time: true } };
/** Colours that hold up on white and in print, one per learner in turn. */
const PALETTE = ["#1d4f9c", "#a3201b", "#17612e", "#7a3e00", "#6b1d8f", "#0b4f8a", "#5a3b00", "#3d5a2a"];

function day(ms: number) {
  return new Date(ms).toLocaleDateString();
}

function table(id: string, head: string[], rows: (string | number)[][]) {
  const t = $(id) as HTMLTableElement;
  const thead = document.createElement("thead");
  const tr = document.createElement("tr");
  for (const h of head) tr.appendChild(Object.assign(document.createElement("th"), { scope: "col", textContent: h }));
  thead.appendChild(tr);
  const body = document.createElement("tbody");
  for (const r of rows) {
    const row = document.createElement("tr");
    for (const c of r) row.appendChild(Object.assign(document.createElement("td"), { textContent: String(c) }));
    body.appendChild(row);
  }
  t.replaceChildren(thead, body);
}

function plot(el: string, opts: Omit<uPlot.Options, "width" | "height">, data: uPlot.AlignedData) {
  const host = $(el);
  const width = Math.max(320, host.clientWidth || 900);
  plots.push(new uPlot({ ...opts, width, height: 260 } as uPlot.Options, data, host));
}

export async function openCharts() {
  showDesk("desk-charts");
  let c: ClassCharts;
  try { c = await call<ClassCharts>("class_charts", { query: query() }); } catch (e) { $("chart-pace-note").textContent = errText(e); return; }
  while (plots.length) plots.pop()!.destroy();
  const week = 7 * 86400;
  const xs = [c.weeks[0] / 1000 - week, ...c.weeks.map((w) => w / 1000)];
  const padded = <T,>(v: T[], before: T) => [before, ...v];
  plot("chart-weeks", {
    scales: WEEKS,
    series: [{}, { label: "Exercises passed", stroke: PALETTE[0], fill: "rgba(29,79,156,0.15)", paths: uPlot.paths.bars!({ size: [0.7] }) }],
    axes: [{}, { label: "passed" }],
  }, [xs, padded(c.passed_per_week, 0)]);
  table("chart-weeks-table", ["Week of", "Exercises passed"], c.weeks.map((w, i) => [day(w), c.passed_per_week[i]]));

  $("chart-pace-note").textContent = `The dashed line is the course's pace: every exercise in ${c.course_weeks} weeks.`;
  plot("chart-pace", {
    scales: WEEKS,
    series: [{}, { label: "Course pace", stroke: "#4a4a4a", dash: [6, 4], width: 2 },
      ...c.pace.map((p, i) => ({ label: p.display_name, stroke: PALETTE[i % PALETTE.length] }))],
    axes: [{}, { label: "exercises passed" }],
  }, [xs, padded(c.course_pace, 0), ...c.pace.map((p) => padded(p.cumulative, 0))]);
  table("chart-pace-table", ["Learner", ...c.weeks.map(day)], [["Course pace", ...c.course_pace.map((v) => v.toFixed(1))], ...c.pace.map((p) => [p.display_name, ...p.cumulative])]);

  const idx = c.exercises.map((_, i) => i + 1);
  plot("chart-ex", {
    scales: { x: { time: false }, attempts: {} },
    series: [{ label: "Exercise", value: (_u, v) => (v ? c.exercises[v - 1]?.title ?? "" : "") },
      { label: "Passed (%)", stroke: PALETTE[2], fill: "rgba(23,97,46,0.15)", paths: uPlot.paths.bars!({ size: [0.8] }) },
      { label: "Median attempts to pass", stroke: PALETTE[1], scale: "attempts", points: { show: true } }],
    axes: [{ label: "exercise, in course order" }, { label: "% of those who tried" }, { scale: "attempts", side: 1, label: "attempts", grid: { show: false } }],
  }, [idx, c.exercises.map((e) => (e.learners_tried ? (100 * e.learners_passed) / e.learners_tried : null)), c.exercises.map((e) => e.median_attempts_to_pass)]);
  table("chart-ex-table", ["Exercise", "Tried", "Passed", "Median attempts to pass"],
    c.exercises.map((e) => [e.title, e.learners_tried, e.learners_passed, e.median_attempts_to_pass ?? "—"]));
}
