//! Notes from plain text: one note per non-empty line, all into one group
//! and question.

use super::Row;

pub fn read_text(text: &str, group: &str, question: Option<&str>) -> Vec<Row> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Row {
            line: i as u64 + 1,
            group: group.to_string(),
            question: question.map(str::to_string),
            text: l.to_string(),
            family: None,
            component: None,
            coder: None,
        })
        .collect()
}
