//! Files spiral writes (issue 13): one rule for every output. A regular
//! file is replaced atomically; a symbolic link is followed to its target,
//! and the message says so; a FIFO or a character device is written as a
//! stream and stays what it is, with a write error reported; a folder, a
//! lock file, a backup or a session is refused; `-o -` is standard output.
//! Every special file is made here, in a temporary folder (the devices by
//! `mknod`, with the numbers of the null and full devices: never the
//! system's own).

mod common;

use std::path::Path;
use std::process::Output;

use common::{err, ok, spiral_in_time};
// What the Unix-only tests use (links, FIFOs, devices).
#[cfg(unix)]
use common::mkfifo;
#[cfg(unix)]
use std::{
    io::Read,
    path::PathBuf,
    process::{Command, Stdio},
    time::Duration,
};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

/// The CSV of the example's notes, as written to a plain new file: what
/// every other target must receive, byte for byte.
fn notes_csv(dir: &Path) -> Vec<u8> {
    let plain = dir.join("plain.csv");
    ok(&common::spiral(&[
        "export",
        EXAMPLE,
        "--format",
        "csv-notes",
        "-o",
        plain.to_str().unwrap(),
    ]));
    std::fs::read(plain).unwrap()
}

fn export_to(target: &Path) -> Output {
    spiral_in_time(&[
        "export",
        EXAMPLE,
        "--format",
        "csv-notes",
        "-o",
        target.to_str().unwrap(),
    ])
}

#[cfg(unix)]
fn file_type(path: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

/// A character device of our own with the numbers given (1 3: the null
/// device, 1 7: the full one), or `None` where this user may not make one.
#[cfg(unix)]
fn mknod(path: &Path, major: u32, minor: u32) -> Option<PathBuf> {
    let made = Command::new("mknod")
        .arg(path)
        .args(["c", &major.to_string(), &minor.to_string()])
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success();
    if !made {
        eprintln!("mknod is not permitted here: the device test is not run");
    }
    made.then(|| path.to_path_buf())
}

/// What a run that must succeed said on standard error.
fn said(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_dash_writes_the_export_to_standard_output_and_says_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let expected = notes_csv(dir.path());
    let out = spiral_in_time(&["export", EXAMPLE, "--format", "csv-notes", "-o", "-"]);
    assert_eq!(said(&out), "");
    assert!(
        out.stdout == expected,
        "standard output held {} bytes, not the {} of the file",
        out.stdout.len(),
        expected.len()
    );
    assert!(!dir.path().join("-").exists() && !Path::new("-").exists());
    // A binary format too, unfiltered: a zip file starts `PK`.
    let out = spiral_in_time(&["export", EXAMPLE, "--format", "qdpx", "-o", "-"]);
    assert_eq!(said(&out), "");
    assert_eq!(&out.stdout[..2], b"PK");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_followed_to_its_target_and_the_message_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let expected = notes_csv(dir.path());
    let real = dir.path().join("real.csv");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = export_to(&link);
    assert_eq!(
        ok(&out),
        format!(
            "wrote {}, a link to {} ({} bytes)\n",
            link.display(),
            real.display(),
            spiral::model::Lang::En.count(expected.len() as u64)
        )
    );
    assert!(file_type(&link).is_symlink(), "the link is kept");
    assert_eq!(std::fs::read(&real).unwrap(), expected);
    // A link to a file not there yet makes it.
    let new = dir.path().join("new.csv");
    let dangling = dir.path().join("dangling.csv");
    std::os::unix::fs::symlink("new.csv", &dangling).unwrap();
    let out = export_to(&dangling);
    assert_eq!(
        ok(&out),
        format!(
            "wrote {}, a link to {} ({} bytes)\n",
            dangling.display(),
            new.display(),
            spiral::model::Lang::En.count(expected.len() as u64)
        )
    );
    assert!(file_type(&dangling).is_symlink());
    assert_eq!(std::fs::read(&new).unwrap(), expected);
    // A loop is named.
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.csv");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let out = export_to(&a);
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: a symbolic link that leads round in a loop; give another name\n",
            a.display()
        )
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_as_a_stream_and_stays_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let expected = notes_csv(dir.path());
    let fifo = dir.path().join("pipe.csv");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = Vec::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_end(&mut got)
                .unwrap();
            got
        })
    };
    // The reader opens it first (a writer finding none is refused: below).
    std::thread::sleep(Duration::from_millis(200));
    let out = export_to(&fifo);
    assert_eq!(
        ok(&out),
        format!(
            "wrote {}, a FIFO (a named pipe) ({} bytes)\n",
            fifo.display(),
            spiral::model::Lang::En.count(expected.len() as u64)
        )
    );
    assert_eq!(reader.join().unwrap(), expected);
    use std::os::unix::fs::FileTypeExt;
    assert!(file_type(&fifo).is_fifo(), "the FIFO is not replaced");
    // With nobody reading, spiral says so instead of waiting for ever.
    let out = export_to(&fifo);
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: a FIFO (a named pipe) that no program reads from; start the reader first\n",
            fifo.display()
        )
    );
    assert!(file_type(&fifo).is_fifo());
}

#[cfg(unix)]
#[test]
fn a_character_device_is_written_not_replaced_and_its_errors_are_reported() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let Some(null) = mknod(&dir.path().join("null"), 1, 3) else {
        return;
    };
    let out = export_to(&null);
    assert!(
        ok(&out).starts_with(&format!("wrote {}, a character device (", null.display())),
        "{out:?}"
    );
    assert!(
        file_type(&null).is_char_device(),
        "the device is not replaced"
    );
    let full = mknod(&dir.path().join("full"), 1, 7).unwrap();
    let out = export_to(&full);
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: cannot write: No space left on device (os error 28)\n",
            full.display()
        )
    );
    assert!(file_type(&full).is_char_device());
    // Every writer follows the rule: a merge and a blind copy too.
    for args in [
        vec!["merge", EXAMPLE, EXAMPLE, "-o"],
        vec!["blind", EXAMPLE, "--coder", "Lisa", "-o"],
    ] {
        let mut args = args.clone();
        args.push(full.to_str().unwrap());
        let out = spiral_in_time(&args);
        assert_eq!(
            err(&out),
            format!(
                "spiral: {}: cannot write: No space left on device (os error 28)\n",
                full.display()
            ),
            "{args:?}"
        );
        assert!(file_type(&full).is_char_device());
    }
}

#[test]
fn a_folder_and_a_lock_file_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = export_to(dir.path());
    assert_eq!(
        err(&out),
        format!(
            "spiral: {}: a folder; give the name of a file to write\n",
            dir.path().display()
        )
    );
    // The lock of a session open in another window: writing over it would
    // let a second window open the session writable.
    let session = dir.path().join("s.ron");
    std::fs::copy(EXAMPLE, &session).unwrap();
    let lock = dir.path().join(".s.ron.lock");
    std::fs::write(&lock, "spiral pid 1 since now\n").unwrap();
    for args in [
        vec!["export", EXAMPLE, "--format", "md", "-o"],
        vec!["merge", EXAMPLE, EXAMPLE, "-o"],
        vec!["blind", EXAMPLE, "--coder", "Lisa", "-o"],
    ] {
        let mut args = args.clone();
        args.push(lock.to_str().unwrap());
        let out = spiral_in_time(&args);
        assert_eq!(
            err(&out),
            format!(
                "spiral: {}: the lock file of a session; spiral never writes over it\n",
                lock.display()
            ),
            "{args:?}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        "spiral pid 1 since now\n"
    );
}

#[test]
fn a_merge_and_a_blind_copy_go_to_standard_output_as_sessions() {
    let dir = tempfile::tempdir().unwrap();
    // What they say goes to standard error, out of the session's way.
    for (args, message) in [
        (
            vec!["merge", EXAMPLE, EXAMPLE, "-o", "-"],
            "merged 2 files into standard output: 4 groups, 96 notes, 6 criteria\n",
        ),
        (
            vec!["blind", EXAMPLE, "--coder", "Lisa", "-o", "-"],
            "wrote standard output: 96 notes, uncoded, for Lisa\n",
        ),
    ] {
        let out = spiral_in_time(&args);
        assert_eq!(said(&out), message, "{args:?}");
        let file = dir.path().join("got.ron");
        std::fs::write(&file, &out.stdout).unwrap();
        let checked = common::spiral(&["check", file.to_str().unwrap()]);
        assert_eq!(checked.status.code(), Some(0), "{args:?}: {checked:?}");
    }
}
