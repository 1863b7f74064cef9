//! A page on paper, as a reader prints it: an HTML file rendered by a real
//! browser (chromium, headless) and printed to a PDF, read back with
//! poppler's `pdfinfo` and `pdftotext` (`scripts/test` installs chromium
//! and poppler-utils).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints `html` to `pdf` with headless chromium, in a profile of its own
/// in `dir`, without the network, and returns the PDF's path.
pub fn print_to_pdf(html: &Path, pdf: &Path, dir: &Path) -> PathBuf {
    let o = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            // The browser's own header and footer (date, address) are the
            // reader's choice; the page numbers are the page's.
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium is installed (scripts/test installs it)");
    assert!(
        o.status.success() && pdf.exists(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    pdf.to_path_buf()
}

/// The number of pages of an A4 PDF (it fails on another size).
pub fn pages(pdf: &Path) -> usize {
    let o = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo is installed (scripts/test installs poppler-utils)");
    let info = String::from_utf8_lossy(&o.stdout);
    assert!(info.contains("A4"), "{info}");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// The text of one page (from 1), or of all with `None`.
pub fn text(pdf: &Path, page: Option<usize>) -> String {
    let mut c = Command::new("pdftotext");
    if let Some(p) = page {
        c.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let o = c
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

/// The words' heights on the pages (pdftotext's boxes, in points): a box
/// is as high as its font is large, times the font's own ratio.
pub fn word_heights(pdf: &Path) -> Vec<(f64, String)> {
    let o = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let xml = String::from_utf8_lossy(&o.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..tag[at..].find('"').unwrap() + at].parse().unwrap()
    };
    xml.split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').unwrap();
            let word = rest.split('<').next().unwrap().to_string();
            (attr(tag, "yMax") - attr(tag, "yMin"), word)
        })
        .collect()
}

/// Page `page` (from 1) of `pdf` as a PNG at 80 dpi, at `png` (without
/// its extension), to look at.
pub fn picture(pdf: &Path, page: usize, png: &Path) {
    let o = Command::new("pdftoppm")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .args(["-r", "80", "-png", "-singlefile"])
        .arg(pdf)
        .arg(png)
        .output()
        .expect("pdftoppm is installed (poppler-utils)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
