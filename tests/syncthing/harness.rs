//! Two real Syncthing instances (the system's `syncthing`, 1.19 on
//! Debian) on 127.0.0.1 only, sharing one folder, for the tests that
//! see what Syncthing does to spiral's files.
//!
//! Nothing leaves 127.0.0.1: each config is generated, then edited before
//! the first start (no global or local discovery, no relays, no NAT, no
//! usage or crash reports, no upgrades, TCP listener and GUI on 127.0.0.1),
//! A dials B at `tcp://127.0.0.1:PORT` (B knows A but does not dial: see
//! `instance.rs`'s `write_config`) and [`Pair::assert_stayed_local`] reads the logs for
//! any discovery, relay or STUN work. The REST API is spoken by hand over `std::net::TcpStream`
//! (no HTTP crate: `tests/network.rs` forbids them in Cargo.lock).
//!
//! Every wait is bounded and, when it runs out, prints the tail of both
//! logs before panicking. Dropping the [`Pair`] (also while a test
//! panics) stops both instances, their monitor and inner process both,
//! and removes the temporary directory.
#![allow(dead_code)]

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

#[path = "instance.rs"]
mod instance;

use instance::{Instance, free_ports, kill_group, query_escape};

/// The id of the shared folder, the same on both devices.
pub const FOLDER_ID: &str = "spiral-sync";

/// One of the two instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

/// Two Syncthing instances sharing [`FOLDER_ID`]: A's copy in
/// `folder_a`, B's in `folder_b`.
pub struct Pair {
    a: Instance,
    b: Instance,
    /// Last field: removed after `drop` has stopped both instances.
    tmp: tempfile::TempDir,
}

impl Pair {
    /// Generates both configs, makes them local-only and known to each
    /// other, starts both instances and waits until both REST APIs answer.
    /// They may not be connected yet: see [`Pair::wait_connected`].
    pub fn start() -> Pair {
        let tmp = tempfile::Builder::new()
            .prefix("spiral-syncthing-")
            .tempdir()
            .expect("temporary directory");
        let ports = free_ports(4);
        let mut a = Instance::generate(tmp.path(), "a", ports[0], ports[1]);
        let mut b = Instance::generate(tmp.path(), "b", ports[2], ports[3]);
        a.write_config(&b);
        b.write_config(&a);
        a.spawn();
        b.spawn();
        let pair = Pair { a, b, tmp };
        pair.wait_until(Duration::from_secs(30), "both REST APIs to answer", || {
            [Side::A, Side::B].iter().all(|&side| {
                let me = pair.instance(side);
                matches!(
                    me.request("GET", "/rest/system/status", None),
                    Ok((200, body)) if body.contains(&me.device_id)
                )
            })
        });
        pair
    }

    pub fn folder_a(&self) -> &Path {
        &self.a.folder
    }

    pub fn folder_b(&self) -> &Path {
        &self.b.folder
    }

    pub fn folder(&self, side: Side) -> &Path {
        &self.instance(side).folder
    }

    pub fn device_id(&self, side: Side) -> &str {
        &self.instance(side).device_id
    }

    /// What the instance has logged so far (stdout and stderr).
    pub fn log(&self, side: Side) -> String {
        fs::read_to_string(&self.instance(side).log).unwrap_or_default()
    }

    /// Waits (30 s at most) until each instance reports the other connected.
    pub fn wait_connected(&self) {
        self.wait_until(Duration::from_secs(30), "both devices connected", || {
            self.connected(Side::A) == Some(true) && self.connected(Side::B) == Some(true)
        });
    }

    /// Pauses the other device on both sides (so neither dials the other
    /// back) and waits (30 s at most) until both report it disconnected.
    pub fn pause_devices(&self) {
        for side in [Side::A, Side::B] {
            let other = self.other(side).device_id.clone();
            self.post(side, &format!("/rest/system/pause?device={other}"));
        }
        self.wait_until(Duration::from_secs(30), "both devices disconnected", || {
            self.connected(Side::A) == Some(false) && self.connected(Side::B) == Some(false)
        });
    }

    /// Resumes the other device on both sides and waits until connected.
    pub fn resume_devices(&self) {
        for side in [Side::A, Side::B] {
            let other = self.other(side).device_id.clone();
            self.post(side, &format!("/rest/system/resume?device={other}"));
        }
        self.wait_connected();
    }

    /// Rescans the folder on both sides now (the call returns once the
    /// scan is done), instead of waiting for the watcher or the interval.
    pub fn rescan(&self) {
        for side in [Side::A, Side::B] {
            self.post(side, &format!("/rest/db/scan?folder={FOLDER_ID}"));
        }
    }

    /// Waits until both sides are idle, need nothing, see the other at
    /// 100 % and agree on the global state of the folder, the same on
    /// four polls in a row (1.5 s), so that a change still on its way
    /// (an index not yet sent) is not taken for the end.
    pub fn wait_idle(&self, timeout: Duration) {
        let mut last: Option<String> = None;
        let mut same = 0;
        self.wait_until(timeout, "both sides idle and in sync", || {
            let now = self.idle_fingerprint();
            if now.is_some() && now == last {
                same += 1;
            } else {
                same = 0;
            }
            last = now;
            std::thread::sleep(Duration::from_millis(400));
            same >= 3
        });
    }

    /// Waits until both sides hold the same version of `name` (a path in
    /// the folder, with '/'): the same global version and both local
    /// copies at it. Sharper than [`Pair::wait_idle`] for one file: it does
    /// not end before the two versions have met.
    pub fn wait_file_agreed(&self, name: &str, timeout: Duration) {
        self.wait_until(timeout, &format!("both sides agree on {name}"), || {
            let a = self.file_versions(Side::A, name);
            let b = self.file_versions(Side::B, name);
            match (a, b) {
                (Some((ga, la)), Some((gb, lb))) => ga == la && gb == lb && ga == gb,
                _ => false,
            }
        });
    }

    /// The conflict copies of `name` (a file directly in the folder) on
    /// `side`, sorted: `stem.sync-conflict-YYYYMMDD-HHMMSS-DEVICE7.ext`.
    pub fn conflict_copies(&self, side: Side, name: &str) -> Vec<String> {
        let (stem, ext) = match name.rfind('.') {
            Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
            _ => (name, ""),
        };
        let prefix = format!("{stem}.sync-conflict-");
        let mut copies: Vec<String> = fs::read_dir(self.folder(side))
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|n| n.starts_with(&prefix) && n.ends_with(ext))
                    .collect()
            })
            .unwrap_or_default();
        copies.sort();
        copies
    }

    /// Checks that nothing tried to leave 127.0.0.1: both logs show the
    /// TCP listener and the GUI on 127.0.0.1 only and no line about
    /// discovery, relays, STUN, QUIC, NAT (UPnP / NAT-PMP), usage or crash
    /// reports, upgrades or syncthing.net; and both running configs say
    /// so too. A default config logs, among others, "Using discovery
    /// mechanism: global discovery server https://discovery.syncthing.net/
    /// ...", "Relay listener (dynamic+https://relays.syncthing.net/endpoint)
    /// starting", "TCP listener ([::]:22000) starting", "QUIC listener
    /// ([::]:22000) starting" and "Detected 0 NAT services".
    pub fn assert_stayed_local(&self) {
        const FORBIDDEN: &[&str] = &[
            "discover",
            "relay",
            "syncthing.net",
            "stun",
            "quic",
            "nat service",
            "upnp",
            "pmp",
            "usage report",
            "crash report",
            "upgrade",
            "[::]",
            "0.0.0.0",
        ];
        let tmp = self.tmp.path().to_string_lossy().to_string();
        for side in [Side::A, Side::B] {
            let me = self.instance(side);
            // File names under the temporary directory are not lookups.
            // ("[stnoupgrade]" in the version line says upgrades are off.)
            let log = self
                .log(side)
                .replace(&tmp, "<tmp>")
                .replace("[stnoupgrade]", "");
            let bad: Vec<&str> = log
                .lines()
                .filter(|line| {
                    let line = line.to_lowercase();
                    FORBIDDEN.iter().any(|word| line.contains(word))
                })
                .collect();
            let mut problems: Vec<String> = bad.iter().map(|l| format!("log: {l}")).collect();
            let listener = format!("TCP listener (127.0.0.1:{}) starting", me.listen_port);
            if !log.contains(&listener) {
                problems.push(format!("log lacks {listener:?}"));
            }
            let own = format!("TCP listener (127.0.0.1:{})", me.listen_port);
            if let Some(line) = log
                .lines()
                .find(|l| l.contains(" listener (") && !l.contains(&own))
            {
                problems.push(format!("log names another listener: {line}"));
            }
            let gui = format!("GUI and API listening on 127.0.0.1:{}", me.gui_port);
            if !log.contains(&gui) {
                problems.push(format!("log lacks {gui:?}"));
            }
            match self.get(side, "/rest/config/options") {
                Ok(options) => {
                    for (key, want) in [
                        ("globalAnnounceEnabled", Value::Bool(false)),
                        ("localAnnounceEnabled", Value::Bool(false)),
                        ("relaysEnabled", Value::Bool(false)),
                        ("natEnabled", Value::Bool(false)),
                        ("crashReportingEnabled", Value::Bool(false)),
                        ("startBrowser", Value::Bool(false)),
                        ("urAccepted", Value::from(-1)),
                        ("autoUpgradeIntervalH", Value::from(0)),
                        (
                            "listenAddresses",
                            Value::from(vec![format!("tcp://127.0.0.1:{}", me.listen_port)]),
                        ),
                    ] {
                        if options.get(key) != Some(&want) {
                            problems.push(format!(
                                "running option {key} is {:?}, not {want}",
                                options.get(key)
                            ));
                        }
                    }
                }
                Err(e) => problems.push(format!("no options from the REST API: {e}")),
            }
            if !problems.is_empty() {
                self.dump_logs();
                panic!(
                    "syncthing {} did not stay on 127.0.0.1:\n{}",
                    me.name,
                    problems.join("\n")
                );
            }
        }
    }

    /// Polls `f` (every 100 ms at least) until it is true; after `timeout`
    /// prints the tail of both logs and panics naming `what`. Panics too,
    /// at once, when an instance has exited.
    pub fn wait_until(&self, timeout: Duration, what: &str, mut f: impl FnMut() -> bool) {
        let start = Instant::now();
        loop {
            if f() {
                return;
            }
            for side in [Side::A, Side::B] {
                if let Some(status) = self.exited(side) {
                    self.dump_logs();
                    panic!(
                        "waiting for {what}: syncthing {} exited ({status})",
                        self.instance(side).name
                    );
                }
            }
            if start.elapsed() > timeout {
                self.dump_logs();
                panic!("waited {timeout:?} for {what}, in vain");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// GET on one side's REST API, as JSON.
    pub fn get(&self, side: Side, path: &str) -> Result<Value, String> {
        let (status, body) = self.instance(side).request("GET", path, None)?;
        if status != 200 {
            return Err(format!("GET {path}: {status} {body}"));
        }
        serde_json::from_str(&body).map_err(|e| format!("GET {path}: {e}: {body}"))
    }

    /// POST (no body) on one side's REST API; panics unless 200.
    pub fn post(&self, side: Side, path: &str) -> String {
        match self.instance(side).request("POST", path, None) {
            Ok((200, body)) => body,
            other => {
                self.dump_logs();
                panic!(
                    "POST {path} on syncthing {}: {other:?}",
                    self.instance(side).name
                )
            }
        }
    }

    /// Prints the last 40 lines of both logs on stderr.
    pub fn dump_logs(&self) {
        for side in [Side::A, Side::B] {
            let log = self.log(side);
            let lines: Vec<&str> = log.lines().collect();
            let from = lines.len().saturating_sub(40);
            eprintln!(
                "----- syncthing {} ({}), last {} lines of its log -----",
                self.instance(side).name,
                self.instance(side).device_id,
                lines.len() - from
            );
            for line in &lines[from..] {
                eprintln!("{line}");
            }
        }
        eprintln!("----- end of the syncthing logs -----");
    }

    fn instance(&self, side: Side) -> &Instance {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    fn other(&self, side: Side) -> &Instance {
        match side {
            Side::A => &self.b,
            Side::B => &self.a,
        }
    }

    /// Whether `side` sees the other device connected (None: no answer).
    fn connected(&self, side: Side) -> Option<bool> {
        let other = &self.other(side).device_id;
        let connections = self.get(side, "/rest/system/connections").ok()?;
        connections["connections"][other]["connected"].as_bool()
    }

    /// The state both sides must reach for [`Pair::wait_idle`], as one
    /// string to compare between polls; None while not there.
    fn idle_fingerprint(&self) -> Option<String> {
        let mut seen = Vec::new();
        for side in [Side::A, Side::B] {
            let other = &self.other(side).device_id;
            let status = self
                .get(side, &format!("/rest/db/status?folder={FOLDER_ID}"))
                .ok()?;
            let completion = self
                .get(
                    side,
                    &format!("/rest/db/completion?folder={FOLDER_ID}&device={other}"),
                )
                .ok()?;
            let idle = status["state"] == "idle"
                && status["needTotalItems"] == 0
                && status["pullErrors"].as_u64().unwrap_or(0) == 0
                && completion["completion"].as_f64() == Some(100.0)
                && completion["needItems"] == 0
                && completion["needDeletes"] == 0;
            let counts = |keys: [&str; 3]| keys.map(|key| status[key].to_string()).join(",");
            let global = counts(["globalFiles", "globalDirectories", "globalBytes"]);
            let local = counts(["localFiles", "localDirectories", "localBytes"]);
            if !idle || local != global {
                return None;
            }
            seen.push((
                format!("{global},{}", status["globalDeleted"]),
                status["sequence"].to_string(),
            ));
        }
        (seen[0].0 == seen[1].0).then(|| format!("{seen:?}"))
    }

    /// The global and the local version vector of `name` on `side`.
    fn file_versions(&self, side: Side, name: &str) -> Option<(Value, Value)> {
        let file = self
            .get(
                side,
                &format!(
                    "/rest/db/file?folder={FOLDER_ID}&file={}",
                    query_escape(name)
                ),
            )
            .ok()?;
        Some((
            file["global"]["version"].clone(),
            file["local"]["version"].clone(),
        ))
    }

    /// How `side`'s process ended, if it has (without blocking).
    fn exited(&self, side: Side) -> Option<String> {
        self.instance(side).exited()
    }
}

impl Drop for Pair {
    /// Asks both to shut down, gives them 10 s, then kills each one's
    /// process group (the monitor and the inner process it started).
    fn drop(&mut self) {
        for me in [&self.a, &self.b] {
            let _ = me.request("POST", "/rest/system/shutdown", None);
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        for me in [&self.a, &self.b] {
            while Instant::now() < deadline && me.exited().is_none() {
                std::thread::sleep(Duration::from_millis(100));
            }
            if let Some(mut child) = me.child.borrow_mut().take() {
                // Not reaped yet, so its pid (the group's id) cannot have
                // been taken by another process.
                kill_group(child.id());
                let _ = child.wait();
            }
        }
    }
}
