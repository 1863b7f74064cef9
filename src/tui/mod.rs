//! The terminal app (work in progress).
use std::path::PathBuf;

pub fn run(_file: Option<PathBuf>, _framework: crate::model::Framework) -> anyhow::Result<()> {
    anyhow::bail!("the terminal app is not built yet")
}
