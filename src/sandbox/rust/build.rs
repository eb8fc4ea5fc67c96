//! The test build: how an exercise's tests and a learner's file become one
//! crate whose verdict the learner's code cannot forge. Our crate root,
//! the tests module (its `#[should_panic]` attributes blanked and guarded,
//! its `use super::*` replaced by the pinned names), the guard module, the
//! pins ([`Signature`] wrappers and [`EnumShape`] matches), then the
//! learner's file. What it leaves out: compiling and running (`super`),
//! and judging a run (`super::judge`).

use super::RustcMessage;
use crate::sandbox::{SandboxError, SourceFile};

#[derive(Debug, Clone, PartialEq)]
pub struct ShouldPanic {
    pub function: String,
    pub expected: Option<String>,
}

/// A function the tests call, pinned to its type (`exercise.toml`'s
/// `signatures`): `add: fn(i32, i32) -> i32`. The test build coerces the
/// learner's item to that function-pointer type in a module of ours that
/// sees none of the learner's names, so `i32` there is the primitive and
/// `Option` the prelude's. With the types pinned, every comparison a test
/// makes is std's own, never a learner's `PartialEq` that always says yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The item's path from the crate root: `add`, `Rectangle::area`.
    pub path: String,
    /// A function-pointer type; the learner's own types as `crate::Name`.
    pub ty: String,
    /// `largest as largest_char: fn(&[char]) -> char`: the name the tests
    /// call this pin by, so one generic function can be pinned at two types.
    pub alias: Option<String>,
}

impl Signature {
    /// Parses `path: fn(...) -> ...`. Only identifiers, `::`, and the
    /// punctuation of a type are allowed, so an author's (or a hostile
    /// pack's) text cannot add items to the test build.
    pub fn parse(text: &str) -> Result<Signature, String> {
        // `Rectangle::area: fn(..)`: the path ends at the first `: fn`.
        let at = text.find(": fn").ok_or("write it as `name: fn(arguments) -> result`")?;
        let (path, ty) = (text[..at].trim(), text[at + 1..].trim());
        let ident = |s: &str| {
            let mut c = s.chars();
            c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_') && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        };
        let (path, alias) = match path.split_once(" as ") {
            Some((p, a)) => {
                let (p, a) = (p.trim(), a.trim());
                if !ident(a) || p.contains("::") || matches!(a, "crate" | "super" | "self" | "Self") {
                    return Err("`name as other_name` pins a free function under another name: both plain names".into());
                }
                (p, Some(a.to_string()))
            }
            None => (path, None),
        };
        if path.is_empty() || !path.split("::").all(ident) || path.split("::").any(|p| matches!(p, "crate" | "super" | "self" | "Self")) {
            return Err("the name before `:` must be a function (or `Type::method`) of the learner's file".into());
        }
        if !ty.starts_with("fn(") {
            return Err("the type must be a function type, starting `fn(`".into());
        }
        if ty.len() > 200 || !ty.chars().all(|c| c.is_ascii_alphanumeric() || "_:&<>()[],' -".contains(c)) {
            return Err("the type may use only names, `::`, `&`, `<>`, `()`, `[]`, `,`, `'` and `->`".into());
        }
        let mut depth = 0i32;
        for c in ty.chars() {
            depth += match c {
                '(' | '[' => 1,
                ')' | ']' => -1,
                _ => 0,
            };
            if depth < 0 {
                return Err("the type's brackets do not balance".into());
            }
        }
        if depth != 0 {
            return Err("the type's brackets do not balance".into());
        }
        Ok(Signature { path: path.to_string(), ty: ty.to_string(), alias })
    }

    /// A free function (`add`), as opposed to a method (`Rectangle::area`).
    fn is_function(&self) -> bool {
        !self.path.contains("::")
    }

    /// The name the tests call a free function by.
    fn test_name(&self) -> &str {
        self.alias.as_deref().unwrap_or(&self.path)
    }

    /// The argument types and the result type of `fn(A, B) -> R`, split at
    /// the top level only (`fn(HashMap<String, u32>, (i32, i32))`).
    fn parts(&self) -> (Vec<String>, String) {
        let inner = &self.ty["fn(".len()..];
        let mut depth = 0i32;
        let mut args = Vec::new();
        let mut current = String::new();
        let mut rest = "";
        let mut prev = ' ';
        for (i, c) in inner.char_indices() {
            let arrow = c == '>' && prev == '-';
            prev = c;
            match c {
                '(' | '[' | '<' => depth += 1,
                '>' if arrow => {}
                ')' | ']' | '>' if depth > 0 => depth -= 1,
                ')' => {
                    rest = &inner[i + 1..];
                    break;
                }
                ',' if depth == 0 => {
                    args.push(std::mem::take(&mut current).trim().to_string());
                    continue;
                }
                _ => {}
            }
            current.push(c);
        }
        if !current.trim().is_empty() {
            args.push(current.trim().to_string());
        }
        let result = rest.trim().strip_prefix("->").map(|r| r.trim().to_string()).unwrap_or_else(|| "()".into());
        (args, result)
    }

    /// The wrapper a free function reaches the tests through: a function of
    /// exactly the pinned type that calls the learner's. The tests call
    /// it, so every argument is coerced as the signature says (`&Vec` to
    /// `&[T]`, a literal to `u32`) and the result has the pinned type,
    /// whatever generic parameters the learner's function has; and the
    /// name brings nothing else with it (a `use` of the learner's name
    /// would bring a learner trait of the same name into scope too).
    fn shim(&self) -> String {
        let (args, result) = self.parts();
        let params: Vec<String> = args.iter().enumerate().map(|(i, t)| format!("a{i}: {t}")).collect();
        let names: Vec<String> = (0..args.len()).map(|i| format!("a{i}")).collect();
        format!(
            "#[allow(dead_code)] pub(crate) fn {shim}({params}) -> {result} {{ let f: {ty} = crate::{name}; f({names}) }}",
            shim = self.test_name(),
            name = self.path,
            params = params.join(", "),
            ty = self.ty,
            names = names.join(", "),
        )
    }

    /// What the learner reads when their item does not fit.
    fn learner_message(&self) -> String {
        format!(
            "The tests need `{}` to be a function of type `{}`: the same inputs and result, in the same order. Check its name, what it takes, and what it returns after `->`.",
            self.path,
            self.ty.replace("crate::", "")
        )
    }
}

/// One of the learner's enums the tests match on, with exactly its unit
/// variants (`exercise.toml`'s `enums`: `"Light: Red, Yellow, Green"`).
/// The test build matches a value of it against exactly those variants,
/// exhaustively, so it fails to compile unless the type is an enum with
/// those variants and no others: a struct with constants of those names
/// (whose patterns compare with `==`) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumShape {
    pub name: String,
    pub variants: Vec<String>,
}

impl EnumShape {
    pub fn parse(text: &str) -> Result<EnumShape, String> {
        let (name, variants) = text.split_once(':').ok_or("write it as `Name: Variant, Variant`")?;
        let ident = |s: &str| {
            let mut c = s.chars();
            c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_') && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        };
        let name = name.trim();
        let variants: Vec<String> = variants.split(',').map(|v| v.trim().to_string()).collect();
        if !ident(name) || matches!(name, "crate" | "super" | "self" | "Self") {
            return Err("the name before `:` must be one of the learner's enums".into());
        }
        if variants.iter().any(|v| !ident(v)) || variants.is_empty() {
            return Err("list the variants by name, separated by commas".into());
        }
        Ok(EnumShape { name: name.to_string(), variants })
    }

    fn learner_message(&self) -> String {
        format!("The tests need `{}` to be an enum with exactly these variants: {}.", self.name, self.variants.join(", "))
    }
}

/// What a test build pins of the learner's file (see [`Signature`] and
/// [`EnumShape`]), and so the only names the tests may use from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pins {
    pub signatures: Vec<Signature>,
    pub enums: Vec<EnumShape>,
}

impl Pins {
    /// What the tests import, in place of `use super::*`: each pinned free
    /// function through its wrapper in `stepstone_signatures` (see
    /// [`Signature::shim`]), and each type the pins name (the first part of
    /// a method's path, each `crate::Name` in a pinned type, each pinned
    /// enum) from the crate. So no trait the learner defines is in scope
    /// in the tests to answer a method call.
    fn imports(&self) -> String {
        let mut functions: Vec<String> = Vec::new();
        let mut types: Vec<String> = Vec::new();
        let add = |list: &mut Vec<String>, n: &str| {
            if !n.is_empty() && !list.iter().any(|o| o == n) {
                list.push(n.to_string());
            }
        };
        for s in &self.signatures {
            if s.is_function() {
                add(&mut functions, s.test_name());
            } else {
                add(&mut types, s.path.split("::").next().unwrap_or(""));
            }
            for part in s.ty.split("crate::").skip(1) {
                add(&mut types, &part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>());
            }
        }
        for e in &self.enums {
            add(&mut types, &e.name);
        }
        let mut out = String::new();
        if !functions.is_empty() {
            out.push_str(&format!("#[allow(unused_imports)] use crate::stepstone_signatures::{{{}}}; ", functions.join(", ")));
        }
        if !types.is_empty() {
            out.push_str(&format!("#[allow(unused_imports)] use crate::{{{}}}; ", types.join(", ")));
        }
        out
    }
}

/// Blanks out every `#[should_panic...]` attribute (with spaces, so every
/// line and column stays where it was) and returns the functions they were on.
pub fn strip_should_panic(src: &str) -> (String, Vec<ShouldPanic>) {
    let mut out = src.to_string();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rel) = out[from..].find("#[should_panic") {
        let start = from + rel;
        // The attribute ends at the bracket that balances its opening one.
        let mut depth = 0usize;
        let mut end = None;
        let mut in_str = false;
        let bytes = out.as_bytes();
        let mut i = start + 1;
        while i < bytes.len() {
            let b = bytes[i];
            if in_str {
                if b == b'\\' {
                    i += 1;
                } else if b == b'"' {
                    in_str = false;
                }
            } else if b == b'"' {
                in_str = true;
            } else if b == b'[' {
                depth += 1;
            } else if b == b']' {
                depth -= 1;
                if depth == 0 {
                    end = Some(i + 1);
                    break;
                }
            }
            i += 1;
        }
        let Some(end) = end else { break };
        let attr = out[start..end].to_string();
        let expected = attr.find("expected").and_then(|k| {
            let rest = &attr[k..];
            let body = &rest[rest.find('"')? + 1..];
            // The literal ends at the first quote no backslash escapes.
            let mut escaped = false;
            let end = body.char_indices().find(|&(_, c)| {
                let closes = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closes
            })?;
            Some(body[..end.0].to_string())
        });
        // One space per byte, not per character: the text keeps its byte
        // length, so `end` still points where it did.
        let blank: String = attr.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }).collect();
        out.replace_range(start..end, &blank);
        let after = &out[end..];
        if let Some(f) = after.find("fn ") {
            let name: String = after[f + 3..].trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.push(ShouldPanic { function: name, expected });
        }
        from = end;
    }
    (out, found)
}


pub(super) const TEST_MODULE: &str = "stepstone_tests";
const TEST_FILE: &str = "stepstone_tests.rs";
const ROOT_FILE: &str = "stepstone_crate.rs";

/// The names of the `#[test]` functions in an exercise's tests file (text
/// the author wrote, never the learner), in file order.
pub fn test_names(tests: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = tests;
    while let Some(at) = rest.find("#[test]") {
        rest = &rest[at + "#[test]".len()..];
        let Some(f) = rest.find("fn ") else { break };
        let name: String = rest[f + 3..].trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            names.push(name);
        }
    }
    names
}

/// Names a test file may use from std that the learner's file must not be
/// able to replace: imported explicitly, an import beats the learner's
/// items that `use super::*` brings in.
///
/// That includes the primitive types: a learner's `struct u32` brought in
/// by `use super::*` would otherwise shadow the real `u32` in a test's
/// `let w: u32 = r.width;`, and its `PartialEq` could say yes to anything.
/// The common std types are named too, so a learner type called `String`
/// or `Option` never stands in for them.
const STD_IMPORTS: &str = "#[allow(unused_imports)] use ::std::{assert, assert_eq, assert_ne, debug_assert, debug_assert_eq, debug_assert_ne, panic, vec, format, print, println, eprint, eprintln, write, writeln, matches, unreachable, todo, unimplemented, dbg}; \
     #[allow(unused_imports)] use ::core::primitive::{bool, char, f32, f64, i8, i16, i32, i64, i128, isize, str, u8, u16, u32, u64, u128, usize}; \
     #[allow(unused_imports)] use ::std::{string::String, vec::Vec, boxed::Box, option::Option::{self, Some, None}, result::Result::{self, Ok, Err}}; \
     #[allow(unused_imports)] use ::std::prelude::rust_2021::*; ";

/// The files of a test build: our crate root, the tests (should_panic
/// stripped and guarded), then the learner's files unchanged.
/// `guard` names the guard module: `stepstone_guard_` and random hex made
/// for this build alone, so no learner item can share the mangled name of
/// its hook (the judge looks for that name on the trap's stack).
pub(super) fn test_crate(files: &[SourceFile], tests: &SourceFile, pinned: &Pins, guard: &str) -> Result<(Vec<SourceFile>, Vec<ShouldPanic>, Vec<Pin>), SandboxError> {
    let Some(main) = files.first() else { return Err(SandboxError::BadFileName(String::new())) };
    if files.iter().any(|f| f.name == TEST_FILE || f.name == ROOT_FILE) {
        return Err(SandboxError::BadFileName(main.name.clone()));
    }
    let (mut text, should_panic) = strip_should_panic(&tests.text);
    // The guard call goes first in each should_panic test's body, before
    // any learner code can run; the line keeps its number.
    for sp in &should_panic {
        if let Some(open) = body_start(&text, &sp.function) {
            text.insert_str(open + 1, &format!(" crate::{guard}::expect_panic();"));
        }
    }
    let mut root = format!(
        "#![forbid(unsafe_code)]\n\
         #[path = \"{TEST_FILE}\"]\nmod {TEST_MODULE};\n\
         mod {guard} {{\n\
             pub(crate) fn expect_panic() {{\n\
                 let mut line = ::std::string::String::new();\n\
                 let _ = ::std::io::stdin().read_line(&mut line);\n\
                 let secret = ::std::string::String::from(line.trim());\n\
                 ::std::panic::set_hook(::std::boxed::Box::new(move |info| {{\n\
                     ::std::eprintln!(\"\\n{{}} panicked: {{}}\", secret, info.payload_as_str().unwrap_or(\"\").escape_debug());\n\
                     ::std::process::abort();\n\
                 }}));\n\
             }}\n\
         }}\n\
         mod stepstone_signatures {{\n"
    );
    // One pinned item a line, so a compile error's line says which. This
    // module imports nothing: the learner's names cannot reach its types.
    let mut pins = Vec::new();
    let bad = |message: String| SandboxError::Tests { file: tests.name.clone(), message };
    for sig in &pinned.signatures {
        let text = match &sig.alias {
            Some(a) => format!("{} as {a}: {}", sig.path, sig.ty),
            None => format!("{}: {}", sig.path, sig.ty),
        };
        let sig = Signature::parse(&text).map_err(bad)?;
        pins.push(Pin { root_line: root.lines().count() as u32 + 1, learner_line: item_line(&main.text, &sig.path), message: sig.learner_message() });
        if sig.is_function() {
            root.push_str(&sig.shim());
            root.push('\n');
        } else {
            root.push_str(&format!("const _: {} = crate::{};\n", sig.ty, sig.path));
        }
    }
    for (i, e) in pinned.enums.iter().enumerate() {
        let e = EnumShape::parse(&format!("{}: {}", e.name, e.variants.join(", "))).map_err(bad)?;
        pins.push(Pin { root_line: root.lines().count() as u32 + 1, learner_line: item_line(&main.text, &e.name), message: e.learner_message() });
        let arms: String = e.variants.iter().map(|v| format!("crate::{}::{v} => {{}} ", e.name)).collect();
        root.push_str(&format!("#[allow(dead_code)] fn enum_{i}(x: &crate::{}) {{ match x {{ {arms}}} }}\n", e.name));
    }
    root.push_str(&format!("}}\ninclude!(\"{}\");\n", main.name));
    // The tests see the learner's pinned names only, imported one by one
    // in place of the author's `use super::*;` (kept on its line, so line
    // numbers in messages stay right).
    let imports = pinned.imports();
    let text: String = text
        .split_inclusive('\n')
        .map(|line| if matches!(line.trim(), "use super::*;" | "use crate::*;") { if line.ends_with('\n') { "\n" } else { "" } } else { line })
        .collect();
    let mut out = vec![SourceFile { name: ROOT_FILE.into(), text: root }, SourceFile { name: TEST_FILE.into(), text: format!("{STD_IMPORTS}{imports}{text}") }];
    out.extend(files.iter().cloned());
    Ok((out, should_panic, pins))
}

/// A pin as placed in a test build's root: the line it is on there, the
/// line of the learner's item it pins (1 when not found), and what the
/// learner reads when it does not hold.
#[derive(Debug, Clone)]
pub(super) struct Pin {
    root_line: u32,
    learner_line: u32,
    message: String,
}

/// The line of `fn name`, `enum name` or `struct name` (`name` the last
/// part of `path`) in the learner's file; 1 when there is none.
fn item_line(text: &str, path: &str) -> u32 {
    let name = path.rsplit("::").next().unwrap_or(path);
    for keyword in ["fn ", "enum ", "struct "] {
        let mut from = 0;
        while let Some(rel) = text[from..].find(keyword) {
            let at = from + rel;
            let rest = text[at + keyword.len()..].trim_start();
            if rest.starts_with(name) && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                return text[..at].matches('\n').count() as u32 + 1;
            }
            from = at + keyword.len();
        }
    }
    1
}

/// The pins a failed test build's errors point at: (message, learner line).
pub(super) fn pinned_errors(stderr: &[u8], pins: &[Pin]) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for line in String::from_utf8_lossy(stderr).lines() {
        let Ok(msg) = serde_json::from_str::<RustcMessage>(line) else { continue };
        if msg.level != "error" {
            continue;
        }
        for span in msg.spans.iter().filter(|s| s.is_primary && s.file_name == ROOT_FILE) {
            if let Some(pin) = pins.iter().find(|p| p.root_line == span.line_start) {
                if !out.iter().any(|(m, _)| m == &pin.message) {
                    out.push((pin.message.clone(), pin.learner_line));
                }
            }
        }
    }
    out
}

/// The byte offset of the `{` opening `fn name`'s body.
fn body_start(text: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = text[from..].find("fn ") {
        let at = from + rel + 3;
        let rest = text[at..].trim_start();
        if rest.starts_with(name) && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_') {
            return text[at..].find('{').map(|b| at + b);
        }
        from = at;
    }
    None
}

/// 128 random bits as hex: the secret a should_panic test's hook prints.

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_panic_is_blanked_in_place_and_recorded() {
        let src = "#[test]\n#[should_panic(expected = \"boom ]\")]\nfn explodes() { panic!(\"boom ]\") }\n#[test]\n#[should_panic(expected = \"it's \\\"x\\\"\")]\nfn quotes() { panic!(\"it's \\\"x\\\"\") }\n";
        let (out, found) = strip_should_panic(src);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.lines().count(), src.lines().count());
        assert!(!out.contains("should_panic"));
        assert_eq!(
            found,
            vec![
                ShouldPanic { function: "explodes".into(), expected: Some("boom ]".into()) },
                ShouldPanic { function: "quotes".into(), expected: Some(r#"it's \"x\""#.into()) },
            ]
        );
    }

    #[test]
    fn a_pinned_function_reaches_the_tests_through_a_wrapper_of_exactly_its_type() {
        let sig = Signature::parse("pick: fn(HashMap<fn(i32) -> i32, u8>, &[String]) -> Option<(u32, u32)>").unwrap();
        assert_eq!(sig.parts(), (vec!["HashMap<fn(i32) -> i32, u8>".to_string(), "&[String]".to_string()], "Option<(u32, u32)>".to_string()));
        assert_eq!(
            Signature::parse("add: fn(i32, i32) -> i32").unwrap().shim(),
            "#[allow(dead_code)] pub(crate) fn add(a0: i32, a1: i32) -> i32 { let f: fn(i32, i32) -> i32 = crate::add; f(a0, a1) }"
        );
        assert_eq!(Signature::parse("tick: fn()").unwrap().parts(), (vec![], "()".to_string()));
        assert!(!Signature::parse("Rectangle::area: fn(&crate::Rectangle) -> u32").unwrap().is_function());
    }
}
