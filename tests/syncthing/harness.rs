//! Two real Syncthing instances (the system's `syncthing`, 1.19 on
//! Debian) on 127.0.0.1 only, sharing one folder, for the tests that
//! see what Syncthing does to spiral's files.
//!
//! Nothing leaves 127.0.0.1: each config is generated, then edited before
//! the first start (no global or local discovery, no relays, no NAT, no
//! usage or crash reports, no upgrades, TCP listener and GUI on 127.0.0.1),
//! A dials B at `tcp://127.0.0.1:PORT` (B knows A but does not dial: see
//! `write_config`) and [`Pair::assert_stayed_local`] reads the logs for
//! any discovery, relay or STUN work. The REST API is spoken by hand over `std::net::TcpStream`
//! (no HTTP crate: `tests/network.rs` forbids them in Cargo.lock).
//!
//! Every wait is bounded and, when it runs out, prints the tail of both
//! logs before panicking. Dropping the [`Pair`] (also while a test
//! panics) stops both instances, their monitor and inner process both,
//! and removes the temporary directory.
#![allow(dead_code)]

use std::cell::RefCell;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The id of the shared folder, the same on both devices.
pub const FOLDER_ID: &str = "spiral-sync";

/// The program: `$SYNCTHING` when set, else Debian's.
fn program() -> String {
    std::env::var("SYNCTHING").unwrap_or_else(|_| "/usr/bin/syncthing".to_string())
}

/// One of the two instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

struct Instance {
    /// "a" or "b": the device's name and its directories' suffix.
    name: &'static str,
    home: PathBuf,
    folder: PathBuf,
    log: PathBuf,
    device_id: String,
    listen_port: u16,
    gui_port: u16,
    api_key: String,
    /// None before the start and once reaped.
    child: RefCell<Option<Child>>,
    /// How the process ended, once seen.
    ended: RefCell<Option<String>>,
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

impl Instance {
    /// Runs `syncthing generate` into `<tmp>/home_<name>` and reads the
    /// device id and API key it made.
    fn generate(tmp: &Path, name: &'static str, listen_port: u16, gui_port: u16) -> Instance {
        let home = tmp.join(format!("home_{name}"));
        let folder = tmp.join(format!("folder_{name}"));
        let log = tmp.join(format!("syncthing_{name}.log"));
        let output = Command::new(program())
            .arg("generate")
            .arg(format!("--home={}", home.display()))
            .arg("--no-default-folder")
            // Else it binds [::]:22000 for a moment to see if it is free.
            .arg("--skip-port-probing")
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("{} generate: {e} (is syncthing installed?)", program()));
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.status.success(), "syncthing generate failed: {said}");
        let device_id = said
            .lines()
            .find_map(|l| l.split("Device ID: ").nth(1))
            .map(|id| id.trim().to_string())
            .unwrap_or_else(|| panic!("no device id in syncthing generate's output: {said}"));
        let config = fs::read_to_string(home.join("config.xml")).expect("generated config.xml");
        let api_key = element(&config, "apikey")
            .map(str::to_string)
            .expect("apikey in the generated config");
        assert!(
            config.contains(&format!("<device id=\"{device_id}\"")),
            "generated config.xml does not name the device {device_id}"
        );
        fs::create_dir_all(folder.join(".stfolder")).expect("folder and its marker");
        Instance {
            name,
            home,
            folder,
            log,
            device_id,
            listen_port,
            gui_port,
            api_key,
            child: RefCell::new(None),
            ended: RefCell::new(None),
        }
    }

    /// Rewrites the generated config.xml: the folder and both devices in
    /// place of whatever came before the GUI element (the own device, a
    /// default folder if any), the GUI on 127.0.0.1, and local-only options.
    /// A failed pull is retried after 1 s, not Syncthing's default minute:
    /// a conflict copy the other laptop's spiral merged and put away
    /// before this side pulled it fails with "no such file" until the
    /// other side's next index arrives, and a minute outlasts the tests'
    /// waits (a CI run failed so).
    fn write_config(&self, other: &Instance) {
        let path = self.home.join("config.xml");
        let config = fs::read_to_string(&path).expect("generated config.xml");
        let open_at = config.find("<configuration").expect("<configuration ...>");
        let open_end = open_at + config[open_at..].find('>').expect("<configuration ...>") + 1;
        let gui_at = config.find("<gui ").expect("<gui> in config.xml");
        let head = &config[..open_end];
        let mut rest = config[gui_at..].to_string();

        let gui_end = rest.find("</gui>").expect("</gui>");
        let gui = set_element(
            &rest[..gui_end],
            "address",
            &format!("127.0.0.1:{}", self.gui_port),
        );
        let gui = set_element(&gui, "apikey", &self.api_key);
        rest.replace_range(..gui_end, &gui);

        // One listen address instead of "default" (TCP, QUIC and relays on
        // every interface).
        let options_at = rest.find("<options>").expect("<options>");
        let mut options = rest[options_at..].to_string();
        options = remove_elements(&options, "listenAddress");
        options = options.replacen(
            "<options>",
            &format!(
                "<options>\n        <listenAddress>tcp://127.0.0.1:{}</listenAddress>",
                self.listen_port
            ),
            1,
        );
        for (key, value) in [
            ("globalAnnounceEnabled", "false"),
            ("localAnnounceEnabled", "false"),
            ("relaysEnabled", "false"),
            ("natEnabled", "false"),
            ("urAccepted", "-1"),
            ("crashReportingEnabled", "false"),
            ("startBrowser", "false"),
            ("autoUpgradeIntervalH", "0"),
            ("announceLANAddresses", "false"),
            // Redial soon after a resume rather than within a minute.
            ("reconnectionIntervalS", "1"),
        ] {
            options = set_element(&options, key, value);
        }
        rest.replace_range(options_at.., &options);

        // Only A dials (B's entry for A says "dynamic", which with discovery
        // off is no address at all). When both dialed, each from its own
        // listen port (Syncthing reuses it), two dials at the same moment
        // made one TCP connection by simultaneous open, both ends TLS
        // clients, stuck until the 20 s Hello timeout.
        let devices = [self, other]
            .iter()
            .map(|d| {
                let address = if d.name == "b" || self.name == "a" {
                    format!("tcp://127.0.0.1:{}", d.listen_port)
                } else {
                    "dynamic".to_string()
                };
                format!(
                    r#"    <device id="{id}" name="{name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>{address}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
        <maxSendKbps>0</maxSendKbps>
        <maxRecvKbps>0</maxRecvKbps>
        <maxRequestKiB>0</maxRequestKiB>
        <untrusted>false</untrusted>
        <remoteGUIPort>0</remoteGUIPort>
    </device>
"#,
                    id = d.device_id,
                    name = d.name,
                )
            })
            .collect::<String>();
        let folder = format!(
            r#"    <folder id="{FOLDER_ID}" label="{FOLDER_ID}" path="{path}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{a}" introducedBy="">
            <encryptionPassword></encryptionPassword>
        </device>
        <device id="{b}" introducedBy="">
            <encryptionPassword></encryptionPassword>
        </device>
        <minDiskFree unit="%">1</minDiskFree>
        <versioning>
            <cleanupIntervalS>3600</cleanupIntervalS>
            <fsPath></fsPath>
            <fsType>basic</fsType>
        </versioning>
        <copiers>0</copiers>
        <pullerMaxPendingKiB>0</pullerMaxPendingKiB>
        <hashers>0</hashers>
        <order>random</order>
        <ignoreDelete>false</ignoreDelete>
        <scanProgressIntervalS>0</scanProgressIntervalS>
        <pullerPauseS>1</pullerPauseS>
        <maxConflicts>10</maxConflicts>
        <disableSparseFiles>false</disableSparseFiles>
        <disableTempIndexes>false</disableTempIndexes>
        <paused>false</paused>
        <weakHashThresholdPct>25</weakHashThresholdPct>
        <markerName>.stfolder</markerName>
        <copyOwnershipFromParent>false</copyOwnershipFromParent>
        <modTimeWindowS>0</modTimeWindowS>
        <maxConcurrentWrites>2</maxConcurrentWrites>
        <disableFsync>false</disableFsync>
        <blockPullOrder>standard</blockPullOrder>
        <copyRangeMethod>standard</copyRangeMethod>
        <caseSensitiveFS>false</caseSensitiveFS>
        <junctionsAsDirs>false</junctionsAsDirs>
    </folder>
"#,
            path = xml_escape(&self.folder.to_string_lossy()),
            a = self.device_id,
            b = other.device_id,
        );
        let config = format!("{head}\n{folder}{devices}    {rest}");
        fs::write(&path, config).expect("write config.xml");
    }

    /// Starts `syncthing serve`, stdout and stderr to the log, in its own
    /// process group so that the inner process can be killed with it.
    fn spawn(&mut self) {
        use std::os::unix::process::CommandExt;
        let log = fs::File::create(&self.log).expect("log file");
        let child = Command::new(program())
            .arg("serve")
            .arg(format!("--home={}", self.home.display()))
            .args(["--no-browser", "--no-restart", "--no-upgrade"])
            .arg("--logflags=3")
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .env("STNORESTART", "1")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("{} serve: {e}", program()));
        *self.child.borrow_mut() = Some(child);
    }

    /// How the process ended, if it has (without blocking). The first
    /// time it is seen ended, the rest of its group is killed at once:
    /// the inner process outlives a monitor that died.
    fn exited(&self) -> Option<String> {
        let mut child = self.child.borrow_mut();
        let Some(running) = child.as_mut() else {
            return self.ended.borrow().clone();
        };
        let ended = match running.try_wait() {
            Ok(None) => return None,
            Ok(Some(status)) => status.to_string(),
            Err(e) => format!("cannot tell: {e}"),
        };
        kill_group(running.id());
        *child = None;
        *self.ended.borrow_mut() = Some(ended.clone());
        Some(ended)
    }

    /// One HTTP/1.1 request to the REST API: (status, body).
    fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<(u16, String), String> {
        let address = ([127, 0, 0, 1], self.gui_port).into();
        let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(2))
            .map_err(|e| format!("connect 127.0.0.1:{}: {e}", self.gui_port))?;
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .and_then(|()| stream.set_write_timeout(Some(Duration::from_secs(5))))
            .map_err(|e| e.to_string())?;
        let body = body.unwrap_or("");
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-API-Key: {key}\r\n\
             Connection: close\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n\r\n{body}",
            port = self.gui_port,
            key = self.api_key,
            len = body.len(),
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|e| format!("send {method} {path}: {e}"))?;
        let mut response = Vec::new();
        stream
            .read_to_end(&mut response)
            .map_err(|e| format!("read {method} {path}: {e}"))?;
        parse_response(&response).map_err(|e| format!("{method} {path}: {e}"))
    }
}

/// Status and body of an HTTP/1.1 response read to its end (chunked or not).
fn parse_response(response: &[u8]) -> Result<(u16, String), String> {
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no end of headers")?;
    let head = String::from_utf8_lossy(&response[..split]).to_string();
    let mut body = response[split + 4..].to_vec();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line: {head}"))?;
    let chunked = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    if chunked {
        let mut plain = Vec::new();
        let mut rest = &body[..];
        loop {
            let line_end = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .ok_or("bad chunk")?;
            let size_text = String::from_utf8_lossy(&rest[..line_end]).to_string();
            let size_text = size_text.split(';').next().unwrap_or("").trim();
            let size =
                usize::from_str_radix(size_text, 16).map_err(|e| format!("chunk size: {e}"))?;
            rest = &rest[line_end + 2..];
            if size == 0 {
                break;
            }
            if rest.len() < size {
                return Err("short chunk".to_string());
            }
            plain.extend_from_slice(&rest[..size]);
            rest = rest.get(size + 2..).unwrap_or(&[]);
        }
        body = plain;
    }
    Ok((status, String::from_utf8_lossy(&body).to_string()))
}

/// `n` distinct free ports on 127.0.0.1 (bound to port 0 together, then
/// released for syncthing to take).
fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..n)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0"))
        .collect();
    listeners
        .iter()
        .map(|l| l.local_addr().expect("local address").port())
        .collect()
}

/// The text of the first `<tag>...</tag>`.
fn element<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml[start..].find(&format!("</{tag}>"))?;
    Some(&xml[start..end])
}

/// Sets the text of the first `<tag>...</tag>`, which must be there.
fn set_element(xml: &str, tag: &str, value: &str) -> String {
    let open = format!("<{tag}>");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no <{tag}> in the generated config.xml"))
        + open.len();
    let end = start
        + xml[start..]
            .find(&format!("</{tag}>"))
            .unwrap_or_else(|| panic!("no </{tag}> in the generated config.xml"));
    format!("{}{}{}", &xml[..start], xml_escape(value), &xml[end..])
}

/// Removes every `<tag>...</tag>` line.
fn remove_elements(xml: &str, tag: &str) -> String {
    let open = format!("<{tag}>");
    xml.lines()
        .filter(|l| !l.trim_start().starts_with(&open))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Percent-escapes a query value.
fn query_escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// SIGKILL to the process group led by `pid` (and so to syncthing's inner
/// process, which outlives a killed monitor).
#[cfg(target_os = "linux")]
fn kill_group(pid: u32) {
    // SAFETY: kill(2) has no memory effects; a negative pid names a group.
    unsafe {
        libc::kill(-(pid as i32), libc::SIGKILL);
    }
}

#[cfg(not(target_os = "linux"))]
fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .status();
}
