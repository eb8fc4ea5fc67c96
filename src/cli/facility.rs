//! The facility side of the `stepstone` command line: provisioning (by
//! hand or from an IT stick's kit), the kit itself, encrypted backups and
//! restores, and the store's schema for the package scripts. Like the rest
//! of the CLI it only parses, calls the core (`stepstone::facility`,
//! `stepstone::bundle`) and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use stepstone::config::Paths;

use super::{ask_fingerprint, open_store, read_line_secret};

pub(crate) fn provision_from_kit(paths: &Paths, kit: PathBuf, expect_key_id: Option<String>) -> Result<ExitCode, String> {
    let mut store = open_store(paths)?;
    let p = stepstone::facility::provision_from_kit(&paths.data_dir, &mut store, &kit, expect_key_id.as_deref()).map_err(|e| e.to_string())?;
    if let Some(dir) = &p.set_aside {
        println!("this machine's identity was copied from another machine; it was set aside in {dir}, and this terminal has a key and a record of its own now");
    }
    if p.already {
        println!("already provisioned from this kit: terminal {} of facility {} (nothing changed)", p.device_id, p.facility);
    } else {
        println!("provisioned terminal {} of facility {}", p.device_id, p.facility);
    }
    println!("key fingerprint: {}  (the instructor checks this when enrolling the terminal)", p.fingerprint);
    match &p.enrollment_file {
        Some(f) => println!("enrollment for the instructor: {f}"),
        None => println!("the kit's folder could not be written; the enrollment for the instructor follows:"),
    }
    if p.enrollment_file.is_none() {
        println!("{}", serde_json::to_string_pretty(&p.enrollment).map_err(|e| e.to_string())?);
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn provision(paths: &Paths, role: Option<stepstone::bundle::Role>, facility: Option<String>, trust: Option<PathBuf>, expect_key_id: Option<String>) -> Result<ExitCode, String> {
    let (Some(role), Some(facility)) = (role, facility) else { return Err("give --role and --facility, or --from facility.json".into()) };
    let mut store = open_store(paths)?;
    let expected = match &trust {
        Some(file) => Some(match expect_key_id {
            Some(k) => k,
            None => {
                let key = stepstone::bundle::keys::read_enrollment(file).map_err(|e| e.to_string())?;
                ask_fingerprint(&key)?
            }
        }),
        None => None,
    };
    let instructor = trust.as_deref().zip(expected.as_deref());
    let id = stepstone::bundle::provision(&paths.data_dir, &mut store, role, &facility, instructor).map_err(|e| e.to_string())?;
    println!("provisioned {} {:?} in {}", id.device_id, id.role, id.facility);
    println!("key fingerprint: {}  (the other side checks this when it enrolls this machine)", stepstone::bundle::keys::fingerprint(&id.key_id()));
    match (role, &trust) {
        (_, Some(file)) => println!("trusts the instructor key in {}", file.display()),
        (stepstone::bundle::Role::Terminal, None) => {
            println!("next: `stepstone enroll INSTRUCTOR.json` so this terminal takes its instructor's roster, notes and lessons")
        }
        _ => {}
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn store_schema(file: Option<PathBuf>) -> Result<ExitCode, String> {
    let v = match file {
        Some(f) => stepstone::store::Store::schema_of(&f).map_err(|e| e.to_string())?,
        None => stepstone::store::SCHEMA_VERSION,
    };
    println!("{v}");
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn facility_kit(paths: &Paths, out: PathBuf, policy: Option<PathBuf>) -> Result<ExitCode, String> {
    let policy = match policy {
        Some(file) => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{} is not a valid policy: {e}", file.display()))?
        }
        None => stepstone::workstation::Policy::load(&paths.data_dir).map_err(|e| e.to_string())?,
    };
    let path = stepstone::facility::write_kit(&paths.data_dir, &out, &policy).map_err(|e| e.to_string())?;
    println!("{}", path.display());
    println!("on each terminal: stepstone provision --from {}  (or start the app with the stick in)", path.display());
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn backup(paths: &Paths, out: PathBuf) -> Result<ExitCode, String> {
    let store = open_store(paths)?;
    let pass = read_line_secret("passphrase")?;
    let r = stepstone::facility::backup::backup(&paths.data_dir, &store, &out, &pass).map_err(|e| e.to_string())?;
    println!("backup written to {} ({} bytes, events up to {})", r.path, r.bytes, r.last_seq);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn restore(paths: &Paths, file: PathBuf, instructor_saw: Option<i64>) -> Result<ExitCode, String> {
    let pass = read_line_secret("passphrase")?;
    let r = stepstone::facility::backup::restore(&paths.data_dir, &file, &pass, instructor_saw).map_err(|e| e.to_string())?;
    println!("restored device {}: its record continues at event {} (the backup reached {})", r.device_id, r.resumes_at, r.backup_seq);
    if let Some(dir) = &r.previous_files {
        println!("the files it replaced were kept in {dir}");
    }
    println!("next: `stepstone bundle export --full` to the stick, so the instructor's machine learns of the restore and gets anything it missed");
    Ok(ExitCode::SUCCESS)
}
