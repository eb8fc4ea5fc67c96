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
compile_memory_bytes: number, };

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

export type AppInfo = { version: string, doctor: DoctorReport, };

export type RunRequest = { language: Language, files: Array<SourceFile>, stdin: string, };

export type CommandError = { message: string, };
