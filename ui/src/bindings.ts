// Generated from the Rust types in src/ (see src/ipc.rs). Do not edit:
// run `STEPSTONE_UPDATE_BINDINGS=1 cargo test --test integration ipc_bindings`.

export type Language = "js" | "rust";

export type RunStatus = "ok" | "compile_error" | "runtime_error" | "timeout" | "memory_limit" | "output_limit";

export type Severity = "error" | "warning" | "note";

export type Diagnostic = { line: number, column: number, end_line: number, end_column: number, severity: Severity, message: string, };

export type RunOutcome = { status: RunStatus, exit_code: number | null, 
/**
 * Output with terminal escape sequences made inert.
 */
stdout: string, stderr: string, diagnostics: Array<Diagnostic>, compile_ms: number | null, run_ms: number | null, };

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
usb_folder: string, };

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

export type ExerciseSummary = { id: string, title: string, kind: "code" | "reading" | "exploring", language: "html" | "js" | "rust" | null, minutes: number | null, state: ProgressState, };

export type UnitSummary = { id: string, title: string, summary: string, exercises: Array<ExerciseSummary>, };

export type TrackSummary = { id: string, title: string, summary: string, units: Array<UnitSummary>, };

export type CourseMap = { student: Student, policy: Policy, tracks: Array<TrackSummary>, 
/**
 * "Continue where I left off": the exercise touched last, or the first
 * one not yet passed.
 */
continue_id: string | null, };

export type Feedback = { id: string, attempt_id: string, student_id: string, exercise_id: string, text: string, author: string, created_at: number, };

export type ExerciseView = { id: string, title: string, kind: "code" | "reading" | "exploring", language: "html" | "js" | "rust" | null, 
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
