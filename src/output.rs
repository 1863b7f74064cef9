//! Writing a file a user named: one rule for every file spiral writes (an
//! export, a merge, a blind copy, the file to reconcile in, a merge's list
//! of conflicts, save-as), as `input` is for the files it reads.
//!
//! - `-` (and `/dev/stdout`) is standard output.
//! - A regular file is replaced atomically (an export), or refused (a new
//!   session never goes over a file that is there).
//! - A symbolic link is followed to its target, which is what is written
//!   or made; the link stays, and the message names both.
//! - A FIFO or a character device (a pipe, a terminal) is written as a
//!   stream, never replaced; a FIFO that no program reads from is refused
//!   at once rather than waited on, and a write error is reported.
//! - A folder, a block device, a socket, a session's lock file, and for an
//!   export a session or its backup (one of the inputs, a `.ron` or `.bak`
//!   name, or any file that reads as a session) are refused.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::i18n::{Describe, Message};
use crate::model::Lang;

/// Which new session is written, for the words of a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewFile {
    BlindCopy,
    Reconcile,
    Merge,
}

impl NewFile {
    /// Why it is never written over a file.
    fn why(self) -> Message {
        match self {
            NewFile::BlindCopy => crate::msg!("ops-new-blind-copy"),
            NewFile::Reconcile => crate::msg!("ops-new-reconcile"),
            NewFile::Merge => crate::msg!("ops-new-merge"),
        }
    }
}

/// What is being written: it decides what may be there already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// An export: a file that is there is replaced, unless it is a session.
    Export,
    /// A new session (a merge, a blind copy): never over a file that is
    /// there; its kind says why ("the merge writes a new file").
    NewSession(NewFile),
    /// The file a session moves to (save-as), to live in: a stream cannot
    /// hold it.
    Home,
}

/// Where an output goes, once looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Standard output.
    Stdout,
    /// A regular file at `path` (there or not yet); `link` is the name
    /// given, when it is a symbolic link that leads to `path`.
    File {
        path: PathBuf,
        link: Option<PathBuf>,
    },
    /// A FIFO or a character device, written where it is; `kind` in words.
    Stream { path: PathBuf, kind: Message },
}

impl Target {
    /// The regular file written, when it is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Target::File { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// Where it went, in words: `X`, `X, a link to Y`, `X, a FIFO (a named
/// pipe)`, `standard output`.
impl Describe for Target {
    fn describe(&self, lang: Lang) -> String {
        match self {
            Target::Stdout => crate::tr!(lang, "output-stdout"),
            Target::File { path, link: None } => path.display().to_string(),
            Target::File {
                path,
                link: Some(link),
            } => crate::tr!(
                lang,
                "output-link-to",
                link = link.display().to_string(),
                path = path.display().to_string()
            ),
            Target::Stream { path, kind } => format!("{}, {}", path.display(), kind.say(lang)),
        }
    }
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// What is at the path may not be written over; the words say what it
    /// is and what to do.
    Refused(Message),
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Standard output could not be written.
    Stdout(#[source] std::io::Error),
}

impl Describe for OutputError {
    fn describe(&self, lang: Lang) -> String {
        let cannot = || crate::tr!(lang, "output-cannot-write");
        match self {
            OutputError::Refused(why) => why.say(lang),
            OutputError::Write { path, .. } => format!("{}: {}", path.display(), cannot()),
            OutputError::Stdout(_) => {
                format!("{}: {}", crate::tr!(lang, "output-stdout"), cannot())
            }
        }
    }
}

crate::display_by_describe!(Target, OutputError);

/// Looks at what is at `named` and says where its bytes would go, or why
/// they may not. `inputs` are the files the output is made from (an
/// export never goes over one).
pub fn target(named: &Path, inputs: &[PathBuf], writing: Writing) -> Result<Target, OutputError> {
    let refused = |words: Message| Err(OutputError::Refused(words));
    if is_standard_output(named) {
        if writing == Writing::Home {
            return refused(crate::msg!(
                "output-session-to-stdout",
                path = named.display().to_string()
            ));
        }
        return Ok(Target::Stdout);
    }
    let link = std::fs::symlink_metadata(named)
        .is_ok_and(|m| m.file_type().is_symlink())
        .then(|| named.to_path_buf());
    let target = match std::fs::metadata(named) {
        Ok(meta) if meta.is_dir() => {
            return refused(crate::msg!(
                "output-folder",
                path = named.display().to_string()
            ));
        }
        Ok(meta) if meta.is_file() => {
            let path = match &link {
                Some(_) => crate::store::canonical(named).map_err(|source| OutputError::Write {
                    path: named.to_path_buf(),
                    source,
                })?,
                None => named.to_path_buf(),
            };
            Target::File { path, link }
        }
        Ok(meta) => {
            let kind = crate::input::kind_of(&meta);
            if !is_stream(&meta) {
                return refused(crate::msg!(
                    "output-not-writable-kind",
                    path = named.display().to_string(),
                    kind = kind.clone()
                ));
            }
            if writing == Writing::Home {
                return refused(crate::msg!(
                    "output-session-to-stream",
                    path = named.display().to_string(),
                    kind = kind.clone()
                ));
            }
            return Ok(Target::Stream {
                path: named.to_path_buf(),
                kind,
            });
        }
        Err(e) if link.is_some() => match link_end(named) {
            LinkEnd::Missing(path) => Target::File { path, link },
            LinkEnd::Loop => {
                return refused(crate::msg!(
                    "output-link-loop",
                    path = named.display().to_string()
                ));
            }
            LinkEnd::Unreadable => {
                return Err(OutputError::Write {
                    path: named.to_path_buf(),
                    source: e,
                });
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Target::File {
            path: named.to_path_buf(),
            link: None,
        },
        Err(source) => {
            return Err(OutputError::Write {
                path: named.to_path_buf(),
                source,
            });
        }
    };
    let Target::File { path, .. } = &target else {
        unreachable!("only a regular file is looked at further")
    };
    if is_lock_name(path) {
        return refused(crate::msg!(
            "output-lock-file",
            path = named.display().to_string()
        ));
    }
    match writing {
        Writing::Export if over_a_session(path, inputs) => refused(crate::msg!(
            "output-over-session",
            path = named.display().to_string()
        )),
        Writing::NewSession(why) if path.exists() => refused(crate::msg!(
            "output-exists",
            path = named.display().to_string(),
            why = why.why()
        )),
        _ => Ok(target),
    }
}

/// Writes `bytes` to `target`: a file atomically (an export replacing
/// what is there; a new session never over a file that appeared
/// meanwhile), a stream as it is, standard output unfiltered.
pub fn write(target: &Target, bytes: &[u8], writing: Writing) -> Result<(), OutputError> {
    let failed = |path: &Path| {
        let path = path.to_path_buf();
        move |source| OutputError::Write { path, source }
    };
    match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(OutputError::Stdout)
        }
        Target::File { path, .. } => match writing {
            Writing::Export => crate::store::write_replacing(path, bytes).map_err(failed(path)),
            Writing::NewSession(why) => match crate::store::write_new(path, bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    Err(OutputError::Refused(crate::msg!(
                        "output-exists",
                        path = path.display().to_string(),
                        why = why.why()
                    )))
                }
                done => done.map_err(failed(path)),
            },
            Writing::Home => crate::store::write_new(path, bytes).map_err(failed(path)),
        },
        Target::Stream { path, kind } => {
            let mut stream = open_stream(path, kind)?;
            stream
                .write_all(bytes)
                .and_then(|()| stream.flush())
                .map_err(failed(path))
        }
    }
}

/// `target` then `write`: the bytes written where `named` leads, and where
/// that was.
pub fn write_named(
    named: &Path,
    inputs: &[PathBuf],
    bytes: &[u8],
    writing: Writing,
) -> Result<Target, OutputError> {
    let target = target(named, inputs, writing)?;
    write(&target, bytes, writing)?;
    Ok(target)
}

fn is_standard_output(named: &Path) -> bool {
    named == Path::new("-") || (cfg!(unix) && named == Path::new("/dev/stdout"))
}

/// The name of a session's lock file: `.FILE.lock`.
fn is_lock_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.len() > ".lock".len() + 1 && n.starts_with('.') && n.ends_with(".lock"))
}

/// Whether an export at `path` would go over a session: one of the
/// inputs, a `.ron` or `.bak` name, or any file there that reads as a
/// session (a session can be saved under any name).
fn over_a_session(path: &Path, inputs: &[PathBuf]) -> bool {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    inputs.iter().any(|i| same(i, path))
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron") || e.eq_ignore_ascii_case("bak"))
        || (path.is_file() && crate::store::load_session(path).is_ok())
}

#[cfg(unix)]
fn is_stream(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo() || meta.file_type().is_char_device()
}

#[cfg(not(unix))]
fn is_stream(meta: &std::fs::Metadata) -> bool {
    // A console or the null device: neither a file nor a folder.
    !meta.is_dir() && !meta.is_file()
}

/// Opens a FIFO or a device for writing, as it is (not created, not
/// truncated). A FIFO is opened without waiting: no reader is an error
/// now, not a hang.
#[cfg(unix)]
fn open_stream(path: &Path, kind: &Message) -> Result<std::fs::File, OutputError> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let failed = |source| OutputError::Write {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path);
    let file = match file {
        Err(e) if e.raw_os_error() == Some(libc::ENXIO) => {
            return Err(OutputError::Refused(crate::msg!(
                "output-no-reader",
                path = path.display().to_string(),
                kind = kind.clone()
            )));
        }
        opened => opened.map_err(failed)?,
    };
    let meta = file.metadata().map_err(failed)?;
    if !(meta.file_type().is_fifo() || meta.file_type().is_char_device()) {
        return Err(OutputError::Refused(crate::msg!(
            "output-changed-while-opened",
            path = path.display().to_string()
        )));
    }
    // Blocking again, so a slow reader is waited for rather than failed.
    // SAFETY: the descriptor is open for the duration of both calls, which
    // read no memory of ours.
    unsafe {
        let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
        if flags == -1
            || libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK) == -1
        {
            return Err(failed(std::io::Error::last_os_error()));
        }
    }
    Ok(file)
}

#[cfg(not(unix))]
fn open_stream(path: &Path, _kind: &Message) -> Result<std::fs::File, OutputError> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|source| OutputError::Write {
            path: path.to_path_buf(),
            source,
        })
}

/// Where a symbolic link that leads to nothing ends.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkEnd {
    /// At a path that does not exist (where a new file would be made).
    Missing(PathBuf),
    /// Round in a loop (or more than 40 links deep, as the system counts).
    Loop,
    /// A link on the way cannot be read.
    Unreadable,
}

/// Follows the symbolic links from `link` to where they end.
pub fn link_end(link: &Path) -> LinkEnd {
    let mut at = link.to_path_buf();
    for _ in 0..40 {
        if !std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return LinkEnd::Missing(at);
        }
        let Ok(next) = std::fs::read_link(&at) else {
            return LinkEnd::Unreadable;
        };
        at = match at.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
    }
    LinkEnd::Loop
}
