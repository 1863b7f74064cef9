//! The summary's document: what the HTML page and the Markdown say, built
//! once from the [`Summary`](super::Summary) (in `build/`), in no format.
//! A document is a list of parts (one per [`Section`]), each a list of
//! blocks: headings, paragraphs, lists, tables, charts and boxes of blocks.
//! Every text in it is plain (not escaped) and already in the summary's
//! language, numbers written as the language writes them; a renderer
//! (`export/html`, `export/markdown`) only knows how to write each block
//! and escapes each text as its format needs. What only a drawn page shows
//! (a chart, a table's shading, the facts beside a chart) is marked as
//! such: the HTML draws and says it, the Markdown leaves it out.

use super::Section;

/// The whole summary.
pub struct Document {
    /// The language's code (`<html lang>`).
    pub lang: &'static str,
    /// "Summary · Alby, autumn 2011".
    pub title: String,
    /// The heading of the list of contents (the HTML's, on screen).
    pub contents: String,
    /// The language's quotation marks, around a quote in plain text.
    pub quotes: (&'static str, &'static str),
    pub parts: Vec<Part>,
    /// The last line: what made it, and when.
    pub footer: String,
}

/// One section of the summary: its anchor and its title in the list of
/// contents (`section`), its heading (the findings have none of their
/// own) and its blocks.
pub struct Part {
    pub section: Section,
    /// The section's title, as the contents list it.
    pub title: String,
    pub heading: Option<Heading>,
    pub blocks: Vec<Block>,
}

pub enum Block {
    Heading(Heading),
    Paragraph(Paragraph),
    /// Short facts said in a line, " · " between them; a fact that says
    /// nothing in a format (all [`Inline::Drawn`]) is left out there, and
    /// a line with no fact left is not written.
    Facts(Tone, Vec<Vec<Inline>>),
    List(List),
    Table(Table),
    /// A chart, drawn by a page that draws (its numbers are in the table
    /// after it, which is all the Markdown shows).
    Chart(Chart),
    /// Blocks that belong together: a question's finding, a family's
    /// words, a criterion's notes, a group's profile, an action.
    Boxed(BoxKind, Vec<Block>),
}

/// What a box holds (an HTML `div` or `article` of that class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    Finding,
    Family,
    Criterion,
    Unmerged,
    Group,
    /// A co-responsibility action.
    Action,
}

/// A heading: `level` 2 to 4 (the title is 1).
pub struct Heading {
    pub level: u8,
    /// A family's key before the text (`Some(None)`: a family the
    /// framework does not know, shown as "?").
    pub key: Option<Option<u8>>,
    pub text: String,
    /// The question's prompt after its label.
    pub prompt: Option<String>,
    /// How many notes are under it ("· 12 notes", on the heading's line).
    pub count: Option<String>,
    /// A line that goes with the heading ("32 coded notes"): on its line
    /// in the HTML, under it in the Markdown.
    pub detail: Option<String>,
}

impl Heading {
    pub fn new(level: u8, text: impl Into<String>) -> Heading {
        Heading {
            level,
            key: None,
            text: text.into(),
            prompt: None,
            count: None,
            detail: None,
        }
    }
}

/// How loud a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// A note, a caption or an explanation.
    Small,
    /// A section's introduction, or facts beside a chart.
    Quiet,
    /// Where and when a session met.
    Meta,
}

pub struct Paragraph {
    pub tone: Tone,
    pub text: Vec<Inline>,
}

/// A run of text within a block.
pub enum Inline {
    /// Text, escaped by the renderer.
    Text(String),
    /// Fixed punctuation of the summary, written as it is (never text from
    /// a session: `" · "`, `": "`, `"."`).
    Punct(&'static str),
    Strong(String),
    /// A family's key (`None`: unknown, "?"), in a box on a page.
    Key(Option<u8>),
    /// A share after a family ("24 %").
    Share(String),
    /// Whose words, or how many: "(Unga, Why)", quiet on a page.
    Who(String),
    /// Text in brackets: "(pooled)".
    Aside(String),
    /// A citizen's words, with whose they are.
    Quote {
        text: String,
        who: String,
    },
    /// A line break where a page has room for two lines (a table's
    /// heading); nothing in plain text.
    Break,
    /// Words about what only a drawn page shows (a table's shading, the
    /// counts beside a chart): said by the HTML, left out of the Markdown.
    Drawn(String),
}

/// What a list holds (an HTML `ul` of that class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// The groups that met.
    Met,
    /// What a question's groups named most.
    Top,
    Differences,
    /// Citizens' words.
    Words,
    /// Short items: an action's reports, its open questions.
    Items,
}

pub struct List {
    pub kind: ListKind,
    pub items: Vec<Vec<Inline>>,
}

/// What a table shows (an HTML `table` of that class, or none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Plain,
    /// Every group side by side, each cell shaded by its share.
    Heat,
    /// The comparison's groups × families.
    Compare,
}

/// A table: its columns, its rows, then its totals.
pub struct Table {
    pub kind: TableKind,
    pub columns: Vec<Column>,
    /// Whether each row's first cell heads the row (a group's name).
    pub row_heads: bool,
    pub rows: Vec<Row>,
    /// Rows after the others (coded, uncoded), without a bar.
    pub totals: Vec<Row>,
    /// Whether rows have a bar (drawn as text where no chart is, in the
    /// Markdown; the HTML has the chart).
    pub bars: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    Number,
    /// A count and its share.
    CountShare,
}

pub struct Column {
    pub kind: ColumnKind,
    /// Its heading; `None`: the heading before it spans it too.
    pub head: Option<Vec<Inline>>,
}

pub struct Row {
    /// A row said louder (the coded total).
    pub strong: bool,
    pub cells: Vec<Cell>,
    /// The share its bar shows.
    pub bar: Option<f64>,
}

pub enum Cell {
    Text(Vec<Inline>),
    /// A number as the language writes it (a count alone, in a column of
    /// counts and shares).
    Number(String),
    CountShare(String, String),
    /// Two numbers of a group × family cell (`first`, then `second` in
    /// brackets or under it), marked where the group speaks more (`true`)
    /// or less of the family; shaded (a grey, `0xff` white) in a heat map.
    Pair {
        first: String,
        second: String,
        mark: Option<bool>,
        shade: Option<u8>,
    },
}

/// A bar chart, one bar per family and series, every chart of a summary on
/// one scale.
pub struct Chart {
    pub caption: String,
    pub families: Vec<ChartFamily>,
    pub series: Vec<Series>,
    /// The share that fills a bar (the summary's largest, rounded up).
    pub scale: f64,
}

pub struct ChartFamily {
    pub id: String,
    pub key: u8,
    pub label: String,
}

/// One series of a chart: its name, and per family its share and the
/// number written beside its bar.
pub struct Series {
    pub name: String,
    pub shares: Vec<Option<f64>>,
    pub values: Vec<String>,
}

/// A small document of every kind of block, for the renderers' tests.
#[cfg(test)]
pub(crate) fn sample() -> Document {
    let words = |text: &str| vec![Inline::Text(text.into())];
    let table = Table {
        kind: TableKind::Plain,
        columns: vec![
            Column {
                kind: ColumnKind::Text,
                head: Some(words("Family")),
            },
            Column {
                kind: ColumnKind::CountShare,
                head: Some(words("All")),
            },
        ],
        row_heads: false,
        rows: vec![Row {
            strong: false,
            cells: vec![
                Cell::Text(vec![Inline::Key(Some(1)), Inline::Text("Work".into())]),
                Cell::CountShare("3".into(), "75 %".into()),
            ],
            bar: Some(0.75),
        }],
        totals: vec![Row {
            strong: true,
            cells: vec![Cell::Text(words("Coded")), Cell::Number("4".into())],
            bar: None,
        }],
        bars: true,
    };
    let blocks = vec![
        Block::Facts(
            Tone::Quiet,
            vec![
                words("Participants: 5"),
                vec![Inline::Drawn("Coded: 4".into())],
            ],
        ),
        Block::Chart(Chart {
            caption: "Unga".into(),
            families: vec![ChartFamily {
                id: "work".into(),
                key: 1,
                label: "Work".into(),
            }],
            series: vec![Series {
                name: "All".into(),
                shares: vec![Some(0.75)],
                values: vec!["3 · 75 %".into()],
            }],
            scale: 0.8,
        }),
        Block::Table(table),
        Block::List(List {
            kind: ListKind::Words,
            items: vec![vec![Inline::Quote {
                text: "a <job>".into(),
                who: "Unga".into(),
            }]],
        }),
    ];
    Document {
        lang: "en",
        title: "Summary · Alby".into(),
        contents: "Contents".into(),
        quotes: ("“", "”"),
        parts: vec![Part {
            section: Section::Profiles,
            title: "Profiles".into(),
            heading: Some(Heading {
                count: Some("4 notes".into()),
                ..Heading::new(3, "Profiles")
            }),
            blocks: vec![Block::Boxed(BoxKind::Group, blocks)],
        }],
        footer: "Made with spiral".into(),
    }
}
