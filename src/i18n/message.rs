//! A message as data: what is to be said (its id and its variables), not
//! yet in any language. Errors carry one and the face says it in the
//! language it speaks (`Describe`).

use fluent_bundle::{FluentValue, types::FluentNumber};

use crate::lang::Lang;

/// A message not yet said: `msg!("store-exists", path = p)`; `say` puts
/// it in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// Numbers in messages are never NaN, so a message equals itself.
impl Eq for Message {}

/// A variable of a message: a number (plurals select on it, and it is
/// written the way the language writes numbers), a text, or a message of
/// its own, said in the same language (a word such as "a FIFO").
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(FluentNumber),
    Text(String),
    Message(Box<Message>),
}

impl Message {
    /// The message `id` with its variables (`msg!` writes this).
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// Words that are no message of ours (a parser's, the system's): said
    /// as they are, in every language.
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message {
            id: "",
            args: vec![("", Arg::Text(text.into()))],
        }
    }

    /// What an `io::Error` says: its message when it carries one
    /// (`io_error`), else the system's words as they are.
    pub fn from_io(e: &std::io::Error) -> Message {
        match e.get_ref().and_then(|inner| inner.downcast_ref::<SaidIo>()) {
            Some(SaidIo(message)) => message.clone(),
            None => Message::verbatim(e.to_string()),
        }
    }

    /// Its id (`""` for words said as they are).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `lang`, as `tr!(lang, …)` says it.
    pub fn say(&self, lang: Lang) -> String {
        if self.id.is_empty() {
            return match self.args.first() {
                Some((_, Arg::Text(text))) => text.clone(),
                _ => String::new(),
            };
        }
        let args: Vec<super::Arg> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Number(n) => FluentValue::Number(n.clone()),
                    Arg::Text(t) => FluentValue::from(t.as_str()),
                    Arg::Message(m) => FluentValue::from(m.say(lang)),
                };
                (*name, value)
            })
            .collect();
        super::say(lang, self.id, &args)
    }
}

/// Words said as they are (`Message::verbatim`).
impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::verbatim(text)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

impl From<&Message> for Arg {
    fn from(m: &Message) -> Arg {
        Arg::Message(Box::new(m.clone()))
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(t.clone())
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_string())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(FluentNumber::from(n))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// What went wrong, said in a language: the face asks with the language it
/// speaks.
pub trait Describe {
    fn describe(&self, lang: Lang) -> String;
}

impl Describe for Message {
    fn describe(&self, lang: Lang) -> String {
        self.say(lang)
    }
}

/// A message carried inside an `std::io::Error` (a file that is no file to
/// read, say), so that it is said in the face's language (`describe_io`).
#[derive(Debug)]
pub struct SaidIo(pub Message);

impl std::error::Error for SaidIo {}

/// An `io::Error` of `kind` that says `message`.
pub fn io_error(kind: std::io::ErrorKind, message: Message) -> std::io::Error {
    std::io::Error::new(kind, SaidIo(message))
}

/// What an `io::Error` says in `lang`: its message when it carries one,
/// else the system's words.
pub fn describe_io(e: &std::io::Error, lang: Lang) -> String {
    match e.get_ref().and_then(|inner| inner.downcast_ref::<SaidIo>()) {
        Some(SaidIo(message)) => message.say(lang),
        None => e.to_string(),
    }
}

impl Describe for std::io::Error {
    fn describe(&self, lang: Lang) -> String {
        describe_io(self, lang)
    }
}

/// `Display` for a type that has `Describe`: in English, for logs and
/// foreign code, never for users (the faces say an error in their
/// language: `said::with_causes`).
#[macro_export]
macro_rules! display_by_describe {
    ($($t:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::i18n::Describe::describe(
                    self,
                    $crate::lang::Lang::En,
                ))
            }
        }
    )+};
}

display_by_describe!(SaidIo);

impl Describe for SaidIo {
    fn describe(&self, lang: Lang) -> String {
        self.0.say(lang)
    }
}

/// A `Message` with its variables written `name = value`, as `tr!` takes
/// them: `msg!("import-rows", n = count, count = count.to_string())`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new(
            $id,
            vec![$((stringify!($name), $crate::i18n::MessageArg::from($value))),*],
        )
    };
}
