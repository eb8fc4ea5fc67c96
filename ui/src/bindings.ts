// Generated from the Rust types in src/ (see src/ipc.rs). Do not edit:
// run `STEPSTONE_UPDATE_BINDINGS=1 cargo test --test integration ipc_bindings`.

export type Language = "js" | "rust" | "sql";

export type RunStatus = "ok" | "compile_error" | "runtime_error" | "timeout" | "memory_limit" | "output_limit";

export type Severity = "error" | "warning" | "note";

export type Diagnostic = { line: number, column: number, end_line: number, end_column: number, severity: Severity, message: string, };

export type SqlType = "null" | "integer" | "real" | "text" | "blob";

export type SqlCell = { kind: SqlType, text: string, };

export type SqlResult = { 
/**
 * Where the statement starts in the learner's file (1-based); 0 for
 * a table the exercise shows (a schema sample).
 */
line: number, 
/**
 * The statement's first line, or the table's name for a sample.
 */
label: string, columns: Array<string>, rows: Array<Array<SqlCell>>, 
/**
 * Rows past the ones shown (the runner keeps at most 2,000).
 */
more_rows: number, 
/**
 * For INSERT, UPDATE, DELETE: rows changed; `None` for a table.
 */
changes: number | null, };

export type SqlColumnInfo = { name: string, 
/**
 * The type the table declares (`INTEGER`, `TEXT`, ...; may be empty).
 */
declared_type: string, not_null: boolean, primary_key: boolean, 
/**
 * `table.column` this column points to (a FOREIGN KEY).
 */
references: string | null, };

export type SqlTableInfo = { name: string, columns: Array<SqlColumnInfo>, 
/**
 * How many rows it holds.
 */
row_count: number, 
/**
 * Its first few rows.
 */
sample: SqlResult, };

export type SqlSchema = { tables: Array<SqlTableInfo>, };

export type RunOutcome = { status: RunStatus, exit_code: number | null, 
/**
 * Output with terminal escape sequences made inert.
 */
stdout: string, stderr: string, diagnostics: Array<Diagnostic>, compile_ms: number | null, run_ms: number | null, 
/**
 * SQL: what each statement gave, in order (empty for other languages).
 */
tables: Array<SqlResult>, };

export type TestStatus = "pass" | "fail" | "error";

export type TestResult = { name: string, status: TestStatus, 
/**
 * A plain-language reason, for a failing or erroring test.
 */
message: string | null, expected: string | null, actual: string | null, 
/**
 * What the test printed, capped (see [`text::cap_chars`]).
 */
output: string, };

export type TestRun = { 
/**
 * How the run as a whole ended (compile error, timeout, ...).
 */
outcome: RunOutcome, tests: Array<TestResult>, };

export type SourceFile = { name: string, text: string, };

export type Limits = { 
/**
 * Wall-clock limit for running the program, in milliseconds.
 */
run_ms: bigint, 
/**
 * Wall-clock limit for compiling (Rust), in milliseconds.
 */
compile_ms: bigint, 
/**
 * Guest linear memory, in bytes.
 */
memory_bytes: number, 
/**
 * stdout and stderr together, in bytes.
 */
output_bytes: number, 
/**
 * Address space for the confined compiler process, in bytes.
 */
compile_memory_bytes: number, 
/**
 * Wall-clock limit for all of one check's test runs together, in
 * milliseconds (Rust runs each test in its own instance).
 */
check_ms: bigint, };

export type Check = { name: string, found: boolean, 
/**
 * A version or path when found; what to install when missing.
 */
detail: string, 
/**
 * What stops working without it.
 */
needed_for: string, };

export type DoctorReport = { version: string, checks: Array<Check>, data_dir: string, curriculum_dir: string, all_found: boolean, };

export type MachineRole = "terminal" | "instructor";

export type AppInfo = { version: string, doctor: DoctorReport, 
/**
 * Why the workstation could not start (a damaged store, a broken
 * curriculum), in words for the person at the keyboard.
 */
startup_error: string | null, 
/**
 * Where this facility mounts USB sticks (policy.json), offered on the
 * first screen before anyone signs in.
 */
usb_folder: string, 
/**
 * What this machine was provisioned as: the window opens the learner's
 * screens or the instructor's workstation.
 */
role: MachineRole, 
/**
 * Something IT or the person at the keyboard should know: a terminal
 * set up from a facility kit just now, or one whose key was copied
 * from another machine and signs nothing until it is provisioned again.
 */
notice: string | null, };

export type TaskProgress = { 
/**
 * `load`, `prepare` or `regrade`.
 */
task: string, done: number, total: number, };

export type RunRequest = { language: Language, files: Array<SourceFile>, stdin: string, };

export type CommandError = { message: string, };

export type GradeStatus = "pass" | "fail" | "error";

export type GradeReport = { version: number, status: GradeStatus, 
/**
 * Required when the status is `error`: what went wrong, in plain words.
 */
message: string | null, 
/**
 * In the order the tests appear in their file.
 */
tests: Array<TestResult>, 
/**
 * How the program run went (compile output, timings); absent for HTML.
 */
outcome: RunOutcome | null, };

export type Student = { id: string, display_name: string, };

export type ProgressState = "not_started" | "in_progress" | "passed";

export type ExerciseSummary = { id: string, title: string, kind: "code" | "reading" | "exploring" | "tests", language: "html" | "js" | "rust" | "sql" | "web" | null, minutes: number | null, state: ProgressState, };

export type UnitSummary = { id: string, title: string, summary: string, 
/**
 * False while the instructor keeps the unit closed.
 */
open: boolean, exercises: Array<ExerciseSummary>, };

export type TrackSummary = { id: string, title: string, summary: string, units: Array<UnitSummary>, };

export type CourseMap = { student: Student, policy: Policy, tracks: Array<TrackSummary>, 
/**
 * "Continue where I left off": the exercise touched last, or the first
 * one not yet passed.
 */
continue_id: string | null, };

export type Feedback = { id: string, attempt_id: string, student_id: string, exercise_id: string, text: string, author: string, created_at: number, 
/**
 * The line of the attempt's first file the note is about, if any.
 */
line?: number, };

export type ExerciseView = { id: string, title: string, kind: "code" | "reading" | "exploring" | "tests", language: "html" | "js" | "rust" | "sql" | "web" | null, 
/**
 * SQL: the exercise's tables, columns and first rows (the schema
 * panel, and the editor's completion).
 */
sql_schema: SqlSchema | null, 
/**
 * The lesson, rendered from Markdown and sanitised (no script, no
 * remote anything); safe to put in the page as HTML.
 */
lesson_html: string, 
/**
 * The learner's saved files, or the starter where none is saved.
 */
files: Array<SourceFile>, hint_count: number, passed: boolean, preview_scripts: boolean, 
/**
 * Notes from the instructor on this learner's attempts, newest first.
 */
feedback: Array<Feedback>, };

export type Policy = { 
/**
 * Show the reference solution only after the exercise is passed.
 */
solution_after_pass: boolean, 
/**
 * Sign a learner out after this many minutes without a key press.
 */
idle_sign_out_minutes: number, 
/**
 * Where this facility mounts USB sticks: the folder the app offers
 * for Save and Load, and the one `stepstone bundle watch` watches.
 */
usb_folder: string, 
/**
 * Save and Load only when a filesystem is mounted at `usb_folder`.
 * The empty mount point is a folder too: without this, a save with
 * no stick in would land on the terminal's own disk, read back fine,
 * and never reach the instructor. Turn off only where the folder is
 * itself the stick (some automounters make and remove it).
 */
usb_must_be_mounted: boolean, };

export type ExportReport = { path: string, bundle_id: string, events: number, seq_from: number, seq_to: number, sha256: string, };

export type UsbStatus = "loaded" | "nothing_new" | "not_for_this_computer" | "refused";

export type UsbImport = { file: string, status: UsbStatus, message: string, };

export type OfferedKey = { file: string, device_id: string, 
/**
 * The key id in groups of four, once trusted. Never shown before: the
 * person must read it off the instructor's machine, not off this one.
 */
fingerprint: string | null, };

export type Instructor = { id: string, name: string, };

export type AuditEntry = { id: number, at: number, instructor: string, 
/**
 * `sign_in`, `import`, `roster_add`, `pin_reset`, `deactivate`,
 * `reactivate`, `note`, `prepare_usb`, `pack_release`, `account_add`,
 * `settings`, `export`, `sign_in_refused`.
 */
action: string, detail: string, };

export type AuditFilter = { action: string | null, instructor: string | null, 
/**
 * Words in the detail (case-insensitive).
 */
text: string | null, from_ms: number | null, to_ms: number | null, };

export type RegradeVerdict = "pass" | "fail" | "error" | "unknown_exercise" | "unreadable";

export type ClassPolicy = { 
/**
 * Units learners cannot open yet (their work in them is kept).
 */
closed_units: Array<string>, solution_after_pass: boolean | null, idle_sign_out_minutes: number | null, };

export type DeskStatus = { accounts: Array<Instructor>, signed_in: Instructor | null, facility: string, 
/**
 * This machine's key fingerprint, for terminals to confirm.
 */
fingerprint: string, queued_notes: number, 
/**
 * Imported attempts this version of Stepstone has re-graded, of all.
 */
regraded: number, to_regrade: number, usb_folder: string, settings: SupportSettings, };

export type RosterLearner = { id: string, display_name: string, active: boolean, created_at: number, 
/**
 * The terminals their work came from.
 */
terminals: Array<string>, 
/**
 * Whether a change to them (a new PIN, a deactivation) is waiting for
 * the next stick.
 */
change_waiting: boolean, };

export type SupportSettings = { 
/**
 * Flag a learner with this many attempts at one exercise and no pass.
 */
attempts: number, 
/**
 * Flag a learner with no activity for this many days.
 */
idle_days: number, };

export type GridQuery = { track: string | null, unit: string | null, 
/**
 * Attempts from this time on (ms since the epoch).
 */
from_ms: number | null, 
/**
 * Attempts before this time.
 */
to_ms: number | null, 
/**
 * Show learners an instructor deactivated too.
 */
include_inactive: boolean, };

export type CellState = "not_started" | "attempted" | "waiting" | "passed" | "passed_with_help";

export type FlagKind = "stuck" | "inactive" | "slow";

export type SupportFlag = { kind: FlagKind, exercise_id: string | null, reason: string, };

export type GridExercise = { id: string, title: string, minutes: number | null, };

export type GridUnit = { track_id: string, track_title: string, unit_id: string, unit_title: string, exercises: Array<GridExercise>, };

export type GridRow = { student_id: string, display_name: string, active: boolean, 
/**
 * One per exercise, in the order of the units' exercises.
 */
cells: Array<[CellState, number, boolean, string]>, flags: Array<SupportFlag>, last_active: number | null, passed: number, };

export type ClassGrid = { units: Array<GridUnit>, rows: Array<GridRow>, settings: SupportSettings, 
/**
 * The tracks and units there are, for the filters: (id, title).
 */
tracks: Array<[string, string]>, all_units: Array<[string, string]>, };

export type DiffTag = "same" | "added" | "removed";

export type DiffLine = { tag: DiffTag, text: string, };

export type FileDiff = { name: string, lines: Array<DiffLine>, };

export type AttemptDetail = { attempt_id: string, exercise_id: string, exercise_title: string, device_id: string, started_at: number, 
/**
 * What the terminal said.
 */
claimed_pass: boolean, 
/**
 * This machine's verdict, once re-graded.
 */
verdict: RegradeVerdict | null, verdict_detail: string, disagrees: boolean, 
/**
 * The n-th attempt at this exercise, from 1.
 */
number: number, files: Array<SourceFile>, 
/**
 * Against the previous attempt at the same exercise; empty for the first.
 */
diff: Array<FileDiff>, notes: Array<Feedback>, };

export type TimelineItem = { "kind": "signed_in", at: number, device_id: string, } | { "kind": "opened", at: number, exercise_id: string, exercise_title: string, } | { "kind": "hint", at: number, exercise_id: string, exercise_title: string, level: number, } | { "kind": "solution", at: number, exercise_id: string, exercise_title: string, } | { "kind": "attempt" } & AttemptDetail;

export type LearnerView = { student_id: string, display_name: string, active: boolean, 
/**
 * Terminals this learner's work came from.
 */
terminals: Array<string>, timeline: Array<TimelineItem>, 
/**
 * Every note written on their attempts, sent or not.
 */
notes: Array<Feedback>, };

export type TestFailures = { test: string, failures: number, 
/**
 * How many learners it failed for.
 */
learners: number, };

export type SubmissionGroup = { learners: Array<string>, 
/**
 * The latest failing attempt of each learner in the group: a note on
 * the group goes on each of these.
 */
attempt_ids: Array<string>, files: Array<SourceFile>, failing_tests: Array<string>, };

export type ExerciseReport = { id: string, title: string, 
/**
 * For the instructor's eyes only: the sanitised lesson and the
 * reference solution.
 */
lesson_html: string, solution: Array<SourceFile>, learners_tried: number, learners_passed: number, 
/**
 * Median attempts to the first pass, over learners who passed.
 */
median_attempts_to_pass: number | null, failing_tests: Array<TestFailures>, groups: Array<SubmissionGroup>, };

export type LearnerPace = { display_name: string, 
/**
 * Exercises passed by the end of each week of `ClassCharts::weeks`.
 */
cumulative: Array<number>, };

export type ExerciseStat = { id: string, title: string, learners_tried: number, learners_passed: number, median_attempts_to_pass: number | null, };

export type ClassCharts = { 
/**
 * The start of each week, from the class's first activity to now.
 */
weeks: Array<number>, 
/**
 * Exercises first passed in each week, by anyone.
 */
passed_per_week: Array<number>, pace: Array<LearnerPace>, 
/**
 * Where the course means a learner to be by the end of each week:
 * every exercise in `course_weeks` weeks, evenly.
 */
course_pace: Array<number>, course_weeks: number, 
/**
 * In course order.
 */
exercises: Array<ExerciseStat>, };

export type Count = { name: string, count: number, };

export type TerminalStatus = { device_id: string, 
/**
 * When its newest event was made (its clock), if anything came.
 */
last_activity: number | null, 
/**
 * When a stick from it was last loaded here.
 */
last_loaded: number | null, 
/**
 * Its sequence numbers not here yet, in words ("records 5 to 9").
 */
missing: Array<string>, };

export type ImportSummary = { files: Array<UsbImport>, new_attempts: number, by_learner: Array<Count>, by_terminal: Array<Count>, terminals: Array<TerminalStatus>, refused: Array<UsbImport>, };

export type PrepareReport = { 
/**
 * The files written to the stick.
 */
files: Array<string>, learners: number, notes: number, new_notes: number, packs: number, 
/**
 * Whether the class settings went too.
 */
policy: boolean, };

export type OfferedPack = { 
/**
 * The folder's name under `stepstone-lessons/`.
 */
folder: string, track_id: string, title: string, 
/**
 * Why it cannot be released, in plain words; none when it can.
 */
problem: string | null, 
/**
 * A pack of this track was released from this machine before (this
 * one would replace it).
 */
replaces: boolean, };

export type CsvExport = { path: string, text: string, };
