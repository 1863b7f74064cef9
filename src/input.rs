//! Reading a file a user named: only a regular file is read (a FIFO, a
//! device, a socket or a folder is refused before it is opened for
//! reading, so nothing blocks on a pipe or reads an endless device), and
//! only up to a limit (refused before reading when the file says it is
//! larger, and never more than the limit when it grows meanwhile).
//! Symbolic links are followed: what counts is what they point to.

use std::io::Read;
use std::path::Path;

/// What is being read, for the limit and the words of a refusal.
pub struct Reading {
    /// Which kind of file, as the refusals' messages select it
    /// (`session`, `import`, `state`, `settings`, `framework`: "spiral
    /// reads sessions from files", "larger than a session can be").
    pub what: &'static str,
    /// The largest file read, in bytes.
    pub limit: u64,
    /// The limit in words ("1 GiB").
    pub limit_words: &'static str,
}

/// A session file: 1 GiB at most (a million notes take about 500 MB).
pub const SESSION: Reading = Reading {
    what: "session",
    limit: 1 << 30,
    limit_words: "1 GiB",
};

/// A spreadsheet or text of notes to import.
pub const IMPORT: Reading = Reading {
    what: "import",
    limit: 1 << 30,
    limit_words: "1 GiB",
};

/// A file of the app's own state (where one was in each session).
pub const STATE: Reading = Reading {
    what: "state",
    limit: 16 << 20,
    limit_words: "16 MiB",
};

/// Where one was in each session (`positions.ron`): a few hundred entries
/// at most, so a file larger than this is not spiral's and holds none.
pub const POSITIONS: Reading = Reading {
    what: "state",
    limit: 1 << 20,
    limit_words: "1 MiB",
};

/// Syncthing's `.stignore`: a few lines; one larger than this is not one
/// spiral should read, rewrite or copy.
pub const STIGNORE: Reading = Reading {
    what: "ignore",
    limit: 1 << 20,
    limit_words: "1 MiB",
};

/// A settings file of the user's (the config, the keymap).
pub const SETTINGS: Reading = Reading {
    what: "settings",
    limit: 1 << 20,
    limit_words: "1 MiB",
};

/// A framework file.
pub const FRAMEWORK: Reading = Reading {
    what: "framework",
    limit: 64 << 20,
    limit_words: "64 MiB",
};

/// The bytes of the regular file at `path`, or why they are not read.
pub fn read_file(path: &Path, reading: &Reading) -> std::io::Result<Vec<u8>> {
    let (file, meta) = open_regular(path, reading)?;
    let mut bytes = Vec::with_capacity(meta.len().min(reading.limit) as usize);
    file.take(reading.limit + 1).read_to_end(&mut bytes)?;
    refuse_if_larger(bytes.len() as u64, reading)?;
    Ok(bytes)
}

/// The first `n` bytes of a file (all of it when shorter), refused as
/// `read_file` refuses what is not a regular file.
pub fn read_head(path: &Path, reading: &Reading, n: u64) -> std::io::Result<Vec<u8>> {
    let (file, _) = open_regular(path, reading)?;
    let mut bytes = Vec::new();
    file.take(n).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens a regular file no larger than `reading` allows; anything else
/// (a FIFO, a device: opening one could block) is refused before it is
/// opened.
fn open_regular(
    path: &Path,
    reading: &Reading,
) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    let meta = std::fs::metadata(path)?;
    refuse_unless_regular(&meta, reading)?;
    refuse_if_larger(meta.len(), reading)?;
    let file = std::fs::File::open(path)?;
    // What was opened is what was looked at (not swapped meanwhile).
    let meta = file.metadata()?;
    refuse_unless_regular(&meta, reading)?;
    Ok((file, meta))
}

fn refuse_unless_regular(meta: &std::fs::Metadata, reading: &Reading) -> std::io::Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    Err(crate::i18n::io_error(
        std::io::ErrorKind::InvalidInput,
        crate::msg!(
            "input-not-regular",
            kind = kind_of(meta),
            what = reading.what
        ),
    ))
}

fn refuse_if_larger(len: u64, reading: &Reading) -> std::io::Result<()> {
    if len <= reading.limit {
        return Ok(());
    }
    Err(crate::i18n::io_error(
        std::io::ErrorKind::InvalidData,
        crate::msg!(
            "input-too-large",
            bytes = len.to_string(),
            what = reading.what,
            limit = reading.limit_words
        ),
    ))
}

/// What a file that is not a regular file is, in words ("a folder"), as a
/// message for the face to say.
pub(crate) fn kind_of(meta: &std::fs::Metadata) -> crate::i18n::Message {
    if meta.is_dir() {
        return crate::msg!("input-kind-folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return crate::msg!("input-kind-fifo");
        }
        if t.is_char_device() {
            return crate::msg!("input-kind-char-device");
        }
        if t.is_block_device() {
            return crate::msg!("input-kind-block-device");
        }
        if t.is_socket() {
            return crate::msg!("input-kind-socket");
        }
    }
    crate::msg!("input-kind-special")
}
