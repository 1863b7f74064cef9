//! Files spiral reads that are not session files at all (issue 13): a
//! FIFO, a device behind a symbolic link, a file far too large, a session
//! saved with a byte-order mark. Each is refused at once with a clear
//! message (or, for the mark, read), whichever command or screen reads it;
//! none hangs or fills the memory. Every special file is made here, in a
//! temporary folder.

mod common;

use common::{err, spiral_in_time};
// What the Unix-only tests use (FIFOs, devices).
#[cfg(unix)]
use common::mkfifo;
#[cfg(unix)]
use std::{process::Command, time::Duration};

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_by_every_reader_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    let f = fifo.to_str().unwrap();
    let merged = dir.path().join("out.ron").display().to_string();
    let out = spiral_in_time(&["check", f]);
    assert_eq!(err(&out), "spiral: 1 of 1 file failed the check\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "{f}: not a regular file but a FIFO (a named pipe): spiral reads sessions from files\n"
        )
    );
    for args in [
        vec!["profile", f],
        vec!["compare", f],
        vec!["synthesis", f],
        vec!["merge", f, f, "-o", merged.as_str()],
    ] {
        let said = err(&spiral_in_time(&args));
        assert!(
            said.contains("not a regular file but a FIFO"),
            "{args:?}: {said}"
        );
    }
    let csv = dir.path().join("notes.csv");
    mkfifo(&csv);
    let session = dir.path().join("s.ron");
    common::ok(&common::spiral(&[
        "new",
        session.to_str().unwrap(),
        "--title",
        "S",
        "--group",
        "A",
    ]));
    let said = err(&spiral_in_time(&[
        "import",
        session.to_str().unwrap(),
        "--from",
        csv.to_str().unwrap(),
    ]));
    assert!(said.contains("not a regular file but a FIFO"), "{said}");
    let said = err(&spiral_in_time(&["categories", "--framework", f]));
    assert!(said.contains("not a regular file but a FIFO"), "{said}");
}

#[cfg(unix)]
#[test]
fn the_app_shows_a_fifo_as_a_file_that_does_not_open() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    let (done, wait) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let state = spiral::tui::State::open(spiral::model::Framework::default_framework(), &path);
        let _ = done.send(match &state.page {
            spiral::tui::app::Page::Failed { error, .. } => error.clone(),
            _ => "opened".to_string(),
        });
    });
    let error = wait
        .recv_timeout(Duration::from_secs(10))
        .expect("the app did not block reading the FIFO");
    assert!(
        error.ends_with(
            "not a regular file but a FIFO (a named pipe): spiral reads sessions from files"
        ),
        "{error}"
    );
}

/// A symbolic link to a character device (made here with mknod, as root;
/// the same numbers as the system's endless zero device) is refused
/// before anything is read from it.
#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("zero");
    let made = Command::new("mknod")
        .arg(&device)
        .args(["c", "1", "5"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("mknod needs root: the device case is not run here");
        return;
    }
    let link = dir.path().join("s.ron");
    std::os::unix::fs::symlink(&device, &link).unwrap();
    let out = spiral_in_time(&["check", link.to_str().unwrap()]);
    err(&out);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("not a regular file but a character device"),
        "{said}"
    );
}

#[test]
fn a_session_file_over_the_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ron");
    // Sparse: no disk is used, and nothing of it is read.
    std::fs::File::create(&big)
        .unwrap()
        .set_len((1 << 30) + 1)
        .unwrap();
    let b = big.to_str().unwrap();
    let out = spiral_in_time(&["check", b]);
    err(&out);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{b}: 1073741825 bytes, larger than a session can be (1 GiB)\n")
    );
}

#[test]
fn a_session_saved_with_a_byte_order_mark_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(&std::fs::read("sessions/alby-2011.ron").unwrap());
    std::fs::write(&path, &bytes).unwrap();
    let out = common::ok(&common::spiral(&["check", path.to_str().unwrap()]));
    assert!(out.contains(": ok (4 groups, 96 notes"), "{out}");
    let session = spiral::store::load_session(&path).unwrap();
    assert_eq!(session.notes.len(), 96);
}
