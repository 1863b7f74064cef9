//! One Syncthing instance of the harness (`harness.rs`): its config,
//! generated then made local-only (`write_config`), its process, started
//! in a group of its own and killed with it, and its REST API spoken by
//! hand; with the small XML, HTTP and port helpers they use.

use std::cell::RefCell;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::FOLDER_ID;

/// The program: `$SYNCTHING` when set, else Debian's.
fn program() -> String {
    std::env::var("SYNCTHING").unwrap_or_else(|_| "/usr/bin/syncthing".to_string())
}

pub(super) struct Instance {
    /// "a" or "b": the device's name and its directories' suffix.
    pub(super) name: &'static str,
    pub(super) home: PathBuf,
    pub(super) folder: PathBuf,
    pub(super) log: PathBuf,
    pub(super) device_id: String,
    pub(super) listen_port: u16,
    pub(super) gui_port: u16,
    pub(super) api_key: String,
    /// None before the start and once reaped.
    pub(super) child: RefCell<Option<Child>>,
    /// How the process ended, once seen.
    pub(super) ended: RefCell<Option<String>>,
}

impl Instance {
    /// Runs `syncthing generate` into `<tmp>/home_<name>` and reads the
    /// device id and API key it made.
    pub(super) fn generate(
        tmp: &Path,
        name: &'static str,
        listen_port: u16,
        gui_port: u16,
    ) -> Instance {
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
    pub(super) fn write_config(&self, other: &Instance) {
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
    pub(super) fn spawn(&mut self) {
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
    pub(super) fn exited(&self) -> Option<String> {
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
    pub(super) fn request(
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
pub(super) fn free_ports(n: usize) -> Vec<u16> {
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
pub(super) fn query_escape(text: &str) -> String {
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
pub(super) fn kill_group(pid: u32) {
    // SAFETY: kill(2) has no memory effects; a negative pid names a group.
    unsafe {
        libc::kill(-(pid as i32), libc::SIGKILL);
    }
}

#[cfg(not(target_os = "linux"))]
pub(super) fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .status();
}
