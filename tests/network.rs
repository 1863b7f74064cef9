//! spiral never goes on the network: no networking library is linked, and
//! the binary, traced while it works, opens no network socket. (`mio` is
//! there, as crossterm's way to wait on the terminal, not for sockets.)
// What only the Unix-only tests below use is unused elsewhere.
#![cfg_attr(not(unix), allow(dead_code, unused_imports))]

use std::process::Command;

const NETWORK_CRATES: &[&str] = &[
    "hyper",
    "reqwest",
    "ureq",
    "curl",
    "isahc",
    "surf",
    "attohttpc",
    "h2",
    "h3",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "tokio",
    "async-std",
    "socket2",
    "hickory-resolver",
    "trust-dns-resolver",
    "tungstenite",
    "websocket",
];

#[test]
fn no_networking_library_is_linked() {
    let lock = std::fs::read_to_string("Cargo.lock").unwrap();
    let linked: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"'))
        .filter(|name| NETWORK_CRATES.contains(name))
        .collect();
    assert!(
        linked.is_empty(),
        "networking crates in Cargo.lock: {linked:?}"
    );
}

#[cfg(unix)] // strace: Linux only
#[test]
fn traced_at_work_the_binary_opens_no_network_socket() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace.log");
    let out = dir.path().join("s.html");
    let bin = env!("CARGO_BIN_EXE_spiral");
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");
    for args in [
        vec![
            "export",
            example,
            "--format",
            "html",
            "-o",
            out.to_str().unwrap(),
        ],
        vec![
            "export",
            example,
            "--format",
            "qdpx",
            "-o",
            dir.path().join("s.qdpx").to_str().unwrap(),
        ],
        vec!["compare", example, example],
        vec!["synthesis", example],
        vec!["profile", example],
    ] {
        let status = Command::new("strace")
            .args([
                "-f",
                "-e",
                "trace=%network",
                "-o",
                log.to_str().unwrap(),
                bin,
            ])
            .args(&args)
            .output()
            .expect("strace is installed (.ci/run installs it)");
        assert!(
            status.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let trace = std::fs::read_to_string(&log).unwrap();
        let calls: Vec<&str> = trace
            .lines()
            .filter(|l| l.contains("socket(") || l.contains("connect(") || l.contains("sendto("))
            .collect();
        assert!(calls.is_empty(), "{args:?} went on the network: {calls:?}");
    }
}
