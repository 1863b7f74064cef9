//! Every language says everything English says, with the same variables;
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{CATALOG, FILES, say};
use crate::lang::Lang;

/// An entry's variables (`$n`) and attributes, by id ("-term" for terms).
type Entries = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn entries(lang: Lang, file: &str, text: &str) -> Entries {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("locales/{}/{file} does not parse: {errors:?}", lang.code())
    });
    let mut out = Entries::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => {
                panic!("locales/{}/{file}: cannot read {content:?}", lang.code())
            }
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = value {
            pattern_vars(p, &mut vars);
        }
        let mut names = BTreeSet::new();
        for a in attributes {
            pattern_vars(&a.value, &mut vars);
            names.insert(a.id.name.to_string());
        }
        assert!(
            out.insert(id.clone(), (vars, names)).is_none(),
            "locales/{}/{file}: `{id}` twice",
            lang.code()
        );
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn language(lang: Lang) -> Entries {
    let (_, files) = CATALOG.iter().find(|(l, _)| *l == lang).unwrap();
    let mut all = Entries::new();
    for (name, text) in FILES.iter().zip(files) {
        for (id, e) in entries(lang, name, text) {
            assert!(
                all.insert(id.clone(), e).is_none(),
                "{}: `{id}` in two files",
                lang.code()
            );
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = language(Lang::En);
    assert!(english.len() > 50, "English has {} messages", english.len());
    let mut wrong = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = language(lang);
        for (id, (vars, attributes)) in &english {
            // A term's own variants and parameters are the language's
            // grammar (a Swedish definite form); only messages must match.
            let term = id.starts_with('-');
            match other.get(id) {
                None => wrong.push(format!("{}: `{id}` is missing", lang.code())),
                Some((v, a)) if !term && (v != vars || a != attributes) => wrong.push(format!(
                    "{}: `{id}` has {v:?} {a:?}, English {vars:?} {attributes:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!("{}: `{id}` is not in English", lang.code()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The message ids the code asks for: the literal after `tr!(lang, `,
/// `msg!(` or `help: ` (the key table).
fn asked_for() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in ["tr!(", "msg!(", "help: \""] {
                    for (at, _) in text.match_indices(marker) {
                        // `tr!(`, not `include_str!(`.
                        if text[..at]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_')
                        {
                            continue;
                        }
                        let rest = &text[at + marker.len()..];
                        let rest = if marker != "help: \"" {
                            match rest.find('"') {
                                // The language first, then the id.
                                Some(q) if !rest[..q].contains(';') => &rest[q + 1..],
                                _ => continue,
                            }
                        } else {
                            rest
                        };
                        if let Some(end) = rest.find('"') {
                            let id = &rest[..end];
                            if !id.is_empty()
                                && id.bytes().all(|b| {
                                    b.is_ascii_lowercase()
                                        || b.is_ascii_digit()
                                        || b == b'-'
                                        || b == b'.'
                                })
                            {
                                out.insert(id.to_string());
                            }
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_message_the_code_asks_for_is_there() {
    let english = language(Lang::En);
    let asked = asked_for();
    assert!(asked.len() > 50, "found {} ids in the code", asked.len());
    let missing: Vec<_> = asked
        .iter()
        .filter(|id| {
            let base = id.split('.').next().unwrap_or(id);
            !english.contains_key(base)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in locales/en: {missing:?}"
    );
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(say(Lang::En, "count-notes", &[("n", 1.into())]), "1 note");
    assert_eq!(say(Lang::En, "count-notes", &[("n", 2.into())]), "2 notes");
    assert_eq!(
        say(Lang::Sv, "count-criteria", &[("n", 1.into())]),
        "1 kriterium"
    );
    assert_eq!(
        say(Lang::Sv, "count-criteria", &[("n", 2.into())]),
        "2 kriterier"
    );
    assert_eq!(say(Lang::Da, "count-notes", &[("n", 1.into())]), "1 seddel");
    assert_eq!(say(Lang::Fr, "count-notes", &[("n", 0.into())]), "0 note");
    assert_eq!(say(Lang::Fr, "count-notes", &[("n", 2.into())]), "2 notes");
    // Numbers as the language writes them.
    assert_eq!(
        say(Lang::Sv, "count-notes", &[("n", 12345.into())]),
        "12\u{a0}345 lappar"
    );
}

#[test]
fn a_missing_message_says_its_id() {
    assert_eq!(say(Lang::Sv, "no-such-message", &[]), "no-such-message");
}

/// What a pattern uses: its variables (`$n`) and the messages it refers
/// to (`{ other-message }`, which Fluent formats with the same arguments).
#[derive(Default)]
struct Uses {
    vars: BTreeSet<String>,
    messages: BTreeSet<String>,
}

fn pattern_uses(p: &ast::Pattern<&str>, uses: &mut Uses) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(e: &ast::Expression<&str>, uses: &mut Uses) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_uses(selector, uses);
            for v in variants {
                pattern_uses(&v.value, uses);
            }
        }
        ast::Expression::Inline(i) => inline_uses(i, uses),
    }
}

fn inline_uses(i: &ast::InlineExpression<&str>, uses: &mut Uses) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            uses.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            uses.messages.insert(name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_uses(a, uses);
            }
            for a in &arguments.named {
                inline_uses(&a.value, uses);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        // A term's arguments are its own (`-term(case: "x")`), not the
        // message's.
        _ => {}
    }
}

/// Each message's (and attribute's, as `id.attribute`) variables in
/// `lang`, with those of the messages it refers to.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let (_, files) = CATALOG.iter().find(|(l, _)| *l == lang).unwrap();
    let mut direct: BTreeMap<String, Uses> = BTreeMap::new();
    for text in files {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut uses = Uses::default();
                if let Some(p) = &m.value {
                    pattern_uses(p, &mut uses);
                }
                direct.insert(m.id.name.to_string(), uses);
                for a in &m.attributes {
                    let mut uses = Uses::default();
                    pattern_uses(&a.value, &mut uses);
                    direct.insert(format!("{}.{}", m.id.name, a.id.name), uses);
                }
            }
        }
    }
    direct
        .keys()
        .map(|id| {
            let (mut vars, mut seen, mut todo) = (BTreeSet::new(), BTreeSet::new(), vec![id]);
            while let Some(next) = todo.pop() {
                if let Some(uses) = direct.get(next).filter(|_| seen.insert(next)) {
                    vars.extend(uses.vars.iter().cloned());
                    todo.extend(&uses.messages);
                }
            }
            (id.clone(), vars)
        })
        .collect()
}

/// The arguments of a macro call whose `(` ends `text`'s first `at`
/// bytes: its text split at the commas outside brackets, strings and
/// chars, up to the `)` that closes it.
fn call_arguments(text: &str, at: usize) -> Vec<&str> {
    let bytes = text.as_bytes();
    let (mut depth, mut i, mut start, mut out) = (1, at, at, Vec::new());
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            // A char ('x', '\'', '"'), not a lifetime ('a).
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += 3;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    out.push(&text[start..i]);
                    return out;
                }
            }
            b',' if depth == 1 => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Every `tr!` and `msg!` with a literal id in `src/`: the id and the
/// names of the arguments it gives (`tr!(lang, "count-notes", n = 3)`,
/// or with `@`, or `msg!("count-notes", n = 3)`),
/// with where it is.
fn tr_calls() -> Vec<(String, String, BTreeSet<String>)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String, BTreeSet<String>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let calls = text
                .match_indices("tr!(")
                .chain(text.match_indices("msg!("));
            for (at, marker) in calls {
                if text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                let args = call_arguments(&text, at + marker.len());
                let (id, rest) = match args.first().map(|a| a.trim()) {
                    Some(a) if marker == "msg!(" => (a, &args[1..]),
                    Some(a) if a.starts_with('@') => (a[1..].trim(), &args[1..]),
                    Some(_) if args.len() > 1 => (args[1].trim(), &args[2..]),
                    _ => continue,
                };
                // The macro's own rules pass `$id` on: not a call.
                let Some(id) = id.strip_prefix('"').and_then(|i| i.strip_suffix('"')) else {
                    continue;
                };
                let names = rest
                    .iter()
                    .filter_map(|a| {
                        let a = a.trim();
                        let name = a
                            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                            .next()?;
                        let after = a[name.len()..].trim_start();
                        (!name.is_empty() && after.starts_with('=') && !after.starts_with("=="))
                            .then(|| name.to_string())
                    })
                    .collect();
                let line = text[..at].lines().count();
                let place = format!("{}:{line}", path.display());
                out.push((place, id.to_string(), names));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

/// Every variable a message uses, in every language, is given where the
/// code formats it: by name in each `tr!`, none for the key table's help
/// (`help: "…"`) and the hint bar's words (`hint-*`, said with `&[]`),
/// the template slots (`SLOTS`) for the messages read as templates (the
/// `t("…")` of the summary's words and the comparison's phrases, and the
/// strengths `phrases-strength-0` to `-4`, whose ids are made with
/// `format!`). Those are the only messages said with arguments made at
/// run time.
#[test]
fn every_variable_a_message_uses_is_given_by_the_code() {
    let calls = tr_calls();
    assert!(calls.len() > 200, "found {} tr! calls", calls.len());
    let none = BTreeSet::new();
    let slots: BTreeSet<String> = super::SLOTS.iter().map(|s| s.to_string()).collect();
    let english = variables(Lang::En);
    let mut said: Vec<(String, String, &BTreeSet<String>)> = calls
        .iter()
        .map(|(place, id, names)| (place.clone(), id.clone(), names))
        .collect();
    for id in asked_for() {
        if !calls.iter().any(|(_, i, _)| *i == id) {
            said.push(("help: in src/tui/keymap.rs".into(), id, &none));
        }
    }
    for id in english.keys() {
        if id.starts_with("hint-") {
            said.push((
                "the hint bar (src/tui/view/mod.rs)".into(),
                id.clone(),
                &none,
            ));
        }
        if id.starts_with("summary-") || id.starts_with("phrases-") {
            said.push(("a template (i18n::template)".into(), id.clone(), &slots));
        }
    }
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let vars = variables(lang);
        for (place, id, given) in &said {
            let Some(uses) = vars.get(id) else { continue };
            let missing: Vec<_> = uses.difference(given).collect();
            if !missing.is_empty() {
                wrong.push(format!(
                    "{place}: `{id}` in {} uses {missing:?}, not given (given: {given:?})",
                    lang.code()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A `Message` said in a language is what `tr!` says there: plurals,
/// numbers grouped and with decimals, nested messages.
#[test]
fn a_message_says_what_tr_says() {
    for lang in Lang::ALL {
        for n in [0usize, 1, 2, 5, 12_345] {
            let count = n.to_string();
            assert_eq!(
                crate::msg!("import-rows", n = n, count = count.as_str()).say(lang),
                crate::tr!(lang, "import-rows", n = n, count = count.as_str())
            );
        }
        for n in [1.5f64, 2.0, 12_345.25] {
            assert_eq!(
                crate::msg!("count-notes", n = n).say(lang),
                crate::tr!(lang, "count-notes", n = n)
            );
        }
        for n in [1u64, 12_345] {
            assert_eq!(
                crate::msg!("count-notes", n = n).say(lang),
                crate::tr!(lang, "count-notes", n = n)
            );
        }
        let kind = crate::msg!("input-kind-fifo");
        assert_eq!(
            crate::msg!("input-not-regular", kind = kind, what = "w").say(lang),
            crate::tr!(
                lang,
                "input-not-regular",
                kind = crate::tr!(lang, "input-kind-fifo"),
                what = "w"
            )
        );
    }
    assert_eq!(super::Message::verbatim("as is").say(Lang::Sv), "as is");
}
