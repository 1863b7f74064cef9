//! Every language says everything English says, with the same variables;
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{CATALOG, FILES, say};
use crate::model::Lang;

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

/// The message ids the code asks for: the literal after `tr!(lang, ` or
/// `help: ` (the key table).
fn asked_for() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in ["tr!(", "help: \""] {
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
                        let rest = if marker == "tr!(" {
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
