//! `spiral completions SHELL` and `spiral man`, as a user installs them:
//! the scripts name the real commands and flags (bash's is run, as a
//! shell runs it at a Tab), the manual page has its sections and a page
//! per command, and what is not a shell is refused in clap's words.

use std::process::{Command, Output};

/// Every command `spiral --help` lists (but clap's `help`).
const COMMANDS: [&str; 20] = [
    "new",
    "set",
    "add",
    "profile",
    "compare",
    "synthesis",
    "action",
    "export",
    "import",
    "merge",
    "blind",
    "reconcile",
    "agree",
    "suggest",
    "share",
    "check",
    "categories",
    "keys",
    "completions",
    "man",
];

fn spiral(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spiral"))
        .env("SPIRAL_LANG", "en")
        .args(args)
        .output()
        .expect("spiral runs")
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

/// The script for `shell`, checked to name every command and the flags,
/// as that shell's script writes a command (`command`) and a long flag
/// (`flag`).
fn names_commands_and_flags(
    shell: &str,
    command: impl Fn(&str) -> String,
    flag: impl Fn(&str) -> String,
) {
    let script = stdout(&spiral(&["completions", shell]));
    for name in COMMANDS {
        assert!(
            script.contains(&command(name)),
            "{shell}: no command {name}"
        );
    }
    // The top level's, profile's, export's, man's flags.
    for long in [
        "view",
        "theme",
        "framework",
        "format",
        "excel",
        "output",
        "dir",
    ] {
        assert!(script.contains(&flag(long)), "{shell}: no flag --{long}");
    }
}

#[test]
fn bash_zsh_fish_and_powershell_scripts_name_the_commands_and_their_flags() {
    names_commands_and_flags("bash", |c| format!("spiral,{c})"), |f| format!(" --{f} "));
    names_commands_and_flags("zsh", |c| format!("\n'{c}:"), |f| format!("'--{f}"));
    names_commands_and_flags(
        "fish",
        |c| format!("needs_command\" -a \"{c}\" -d '"),
        |f| format!(" -l {f}"),
    );
    names_commands_and_flags(
        "powershell",
        |c| format!("::new('{c}', '{c}', [CompletionResultType]::ParameterValue"),
        |f| format!("::new('--{f}', '--{f}', [CompletionResultType]::ParameterName"),
    );
}

/// What bash offers at a Tab after `line` (the last word is completed),
/// with the script sourced as the bash-completion package does.
#[cfg(unix)]
fn bash_offers(line: &str) -> Vec<String> {
    let script = stdout(&spiral(&["completions", "bash"]));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spiral.bash");
    std::fs::write(&file, script).unwrap();
    let words: Vec<&str> = line.split(' ').collect();
    let program = format!(
        "source {file}\nCOMP_WORDS=({words})\nCOMP_CWORD={cword}\nCOMP_LINE='{line}'\nCOMP_POINT={point}\n\
         _spiral spiral '{cur}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        file = file.display(),
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        point = line.len(),
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let o = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("bash runs");
    stdout(&o).lines().map(str::to_owned).collect()
}

// Unix-only: bash.
#[cfg(unix)]
#[test]
fn bash_completes_a_command_its_flags_and_their_values() {
    assert_eq!(bash_offers("spiral pro"), ["profile"]);
    assert_eq!(bash_offers("spiral com"), ["compare", "completions"]);
    assert_eq!(bash_offers("spiral profile --fo"), ["--format"]);
    assert_eq!(
        bash_offers("spiral profile --format "),
        ["table", "csv", "json", "ron"]
    );
    assert_eq!(
        bash_offers("spiral completions "),
        [
            "-h",
            "--framework",
            "--help",
            "bash",
            "elvish",
            "fish",
            "powershell",
            "zsh"
        ]
    );
}

#[test]
fn an_unknown_shell_is_refused_naming_the_accepted_ones() {
    let o = spiral(&["completions", "nushell"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "error: invalid value 'nushell' for '<SHELL>'\n  \
         [possible values: bash, elvish, fish, powershell, zsh]\n\n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn the_manual_page_has_its_sections_and_names_every_command() {
    let page = stdout(&spiral(&["man"]));
    assert!(
        page.contains(&format!(
            ".TH spiral 1  \"spiral {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{page}"
    );
    let name = "\n.SH NAME\nspiral \\- Capture, code, profile, compare and synthesise the notes \
                of co\\-responsibility well\\-being workshops (SPIRAL).\n";
    assert!(page.contains(name), "{page}");
    assert!(page.contains("\n.SH SYNOPSIS\n\\fBspiral\\fR [\\fB\\-\\-view\\fR]"));
    assert!(page.contains("\n.SH OPTIONS\n"));
    assert!(page.contains("\\fB\\-\\-framework\\fR \\fI<FILE>\\fR"));
    assert!(page.contains("\n.SH SUBCOMMANDS\n"));
    for command in COMMANDS {
        assert!(
            page.contains(&format!("\nspiral\\-{command}(1)\n")),
            "no {command}"
        );
    }
    assert!(!page.contains("spiral\\-help"), "clap's help is no page");
}

#[test]
fn man_dir_writes_every_page_the_main_one_names() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    let o = spiral(&["man", "--dir", pages.to_str().unwrap()]);
    assert_eq!(
        stdout(&o),
        format!(
            "wrote {} manual pages in {}\n",
            COMMANDS.len() + 1,
            pages.display()
        )
    );
    let main = std::fs::read_to_string(pages.join("spiral.1")).unwrap();
    assert_eq!(main, stdout(&spiral(&["man"])));
    for command in COMMANDS {
        let page = std::fs::read_to_string(pages.join(format!("spiral-{command}.1"))).unwrap();
        assert!(page.starts_with(".ie"), "{command}");
        assert!(
            page.contains(&format!(".SH NAME\nspiral\\-{command} \\- ")),
            "{command}: {page}"
        );
        assert!(
            page.contains(&format!(".SH SYNOPSIS\n\\fBspiral {command}\\fR")),
            "{command}: {page}"
        );
    }
    let profile = std::fs::read_to_string(pages.join("spiral-profile.1")).unwrap();
    assert!(profile.contains("\\fB\\-\\-format\\fR \\fI<FORMAT>\\fR"));
    let written: usize = std::fs::read_dir(&pages).unwrap().count();
    assert_eq!(written, COMMANDS.len() + 1);
}

// Unix-only: the system's words for the error.
#[cfg(unix)]
#[test]
fn man_dir_on_a_file_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("man1");
    std::fs::write(&file, "not a folder").unwrap();
    let o = spiral(&["man", "--dir", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {}: cannot create the folder: File exists (os error 17)\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");
}
